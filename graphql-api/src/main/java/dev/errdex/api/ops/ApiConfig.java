package dev.errdex.api.ops;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of errdex's API ({@code errdex.api.*}). */
@ConfigMapping(prefix = "errdex.api")
public interface ApiConfig {

    /** Request rate limits of {@code /graphql} and {@code /api/*}. */
    RateLimit rateLimit();

    /**
     * Who sees the schema through introspection: {@code default} (introspection on) or {@code no-introspection}.
     * On in dev and test, off in production unless set to {@code default} (ERRDEX_API_SCHEMA_VISIBILITY=default).
     */
    @WithDefault("default")
    String schemaVisibility();

    /** A token bucket per API key, and per client address for requests without a key; in-process, per replica. */
    interface RateLimit {

        /** Whether requests are limited at all (switch off for load tests only). */
        @WithDefault("true")
        boolean enabled();

        /** Requests a minute allowed per API key (sustained). */
        @WithDefault("600")
        int perKeyPerMinute();

        /** Requests a minute allowed per client address for requests without a key. */
        @WithDefault("300")
        int anonymousPerMinute();

        /** How many requests may come at once before the per-minute rate applies (bucket size). */
        @WithDefault("60")
        int burst();
    }
}
