package dev.errdex.api.ops;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

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

    /**
     * Longest GraphQL document (the query text, not its variables) errdex reads, in characters; longer ones are
     * refused with {@code ERR_ERRDEX_1330} before anything parses or caches them. Long texts belong in variables.
     */
    @WithDefault("32768")
    int maxQueryLength();

    /**
     * Whether GraphiQL answers at {@code /graphql-ui} and anonymous callers may introspect the schema
     * (ERRDEX_API_EXPLORER). On in dev and test, off in production; callers with any valid key may always introspect.
     */
    @WithDefault("false")
    boolean explorer();

    /**
     * Highest cost of one GraphQL operation, counted before it runs: every object the answer may hold, list fields
     * by their page size ({@code first}/{@code last}, else {@link #defaultListSize()}), nested lists multiplying.
     * Above it the operation is refused with {@code ERR_ERRDEX_1360}.
     */
    @WithDefault("10000")
    int maxCost();

    /**
     * Deepest nesting of fields in one GraphQL operation (a root field is level 1; fragments add no level). Deeper
     * operations are refused with {@code ERR_ERRDEX_1314} before they run.
     */
    @WithDefault("12")
    int maxDepth();

    /**
     * Most fields in one GraphQL operation, fragments expanded where they are spread, scalars included. More are
     * refused with {@code ERR_ERRDEX_1314} before they run.
     */
    @WithDefault("1500")
    int maxFields();

    /** Size counted for a list field without a page size ({@code related}, {@code history}, ...) in the cost. */
    @WithDefault("10")
    int defaultListSize();

    /** Largest GraphQL answer; a bigger one is replaced by {@code ERR_ERRDEX_1361}. */
    @WithDefault("4M")
    MemorySize maxResponseBytes();

    /** Longest time one GraphQL operation may run; fields not fetched by then are not fetched ({@code ERR_ERRDEX_1362}). */
    @WithDefault("10s")
    Duration timeLimit();

    /**
     * Whether plain catalog reads ({@code errorCode} and its stored fields, {@code related}) skip SmallRye's
     * per-request machinery ({@code dev.errdex.api.graphql.DirectReads}); the answers are the same either way.
     */
    @WithDefault("true")
    boolean fastPath();

    /** Automatic persisted queries (Apollo's {@code extensions.persistedQuery}). */
    PersistedQueries persistedQueries();

    /** The read-response cache of {@code POST /graphql} ({@code dev.errdex.api.graphql.cache.ResponseCache}). */
    ResponseCache responseCache();

    /**
     * A token bucket per API key (by name, after authentication), per client address for requests without a key, and
     * per client address for unknown keys; every GraphQL operation over a WebSocket takes a token too. In-process:
     * each replica limits on its own, so N replicas behind a balancer allow up to N times each budget.
     */
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

        /**
         * Requests a minute with an unknown (wrong, revoked, mistyped) key allowed per client address, a budget of
         * their own; past it, 429 {@code ERR_ERRDEX_1307} without looking the key up.
         */
        @WithDefault("10")
        int unknownKeysPerMinute();

        /** How many requests with unknown keys may come at once from one address (bucket size). */
        @WithDefault("10")
        int unknownKeysBurst();
    }

    /**
     * Answers to identical read-only catalog queries (same query text, variables, operation name, roles and Accept
     * header) are kept in memory and answered again without running GraphQL. Any catalog change, in this process or
     * another replica, empties the cache; per replica.
     */
    interface ResponseCache {

        /** Whether answers are cached at all (off: every request runs GraphQL). */
        @WithDefault("true")
        boolean enabled();

        /** Most answers kept; past that the oldest go first. */
        @WithDefault("10000")
        int maxEntries();

        /** Most bytes kept (answers plus their keys); past that the oldest go first. */
        @WithDefault("64M")
        MemorySize maxBytes();

        /** How long an answer is kept at most (also bounds staleness should an invalidation ever be missed). */
        @WithDefault("60s")
        Duration ttl();
    }

    /** The store of documents registered by hash; per replica, the least recently used go first. */
    interface PersistedQueries {

        /** Most documents kept. */
        @WithDefault("5000")
        int maxEntries();

        /** Most characters of document text kept, summed. */
        @WithDefault("5000000")
        long maxChars();
    }
}
