package dev.errdex.api.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;
import java.util.Optional;

/** Settings of the errdex service ({@code errdex.*}); each can also be given as an environment variable. */
@ConfigMapping(prefix = "errdex")
public interface ErrdexConfig {

    /**
     * Directory for errdex's own files; the embedded H2 database lives in {@code <data-dir>/errdex.mv.db}.
     * Environment: {@code ERRDEX_DATA_DIR}. A relative path must start with {@code ./}.
     */
    @WithDefault("./data")
    String dataDir();

    /**
     * The database the application was built for: {@code h2} (default) or {@code postgresql} (built with
     * {@code -Pdb-postgresql}). Fixed at build time; informational at run time.
     */
    @WithDefault("h2")
    String dbKind();

    /**
     * API keys, as a comma-separated list of {@code role:sha256-hex-of-the-key} (roles: reader, agent, editor,
     * admin). Only hashes are configured, never keys. Environment: {@code ERRDEX_API_KEYS}.
     */
    Optional<List<String>> apiKeys();

    /**
     * Whether the catalog can be read without a key ({@code true}, the default). When {@code false}, catalog
     * reads need a key with the {@code reader} role (or any role that implies it). Tickets always need a key.
     */
    @WithDefault("true")
    boolean publicReads();

    /**
     * Run the database migrations and exit (status 0, or non-zero when they failed) without serving HTTP, seeding,
     * building the search index or polling: the migration step of a deployment ({@code ERRDEX_MIGRATE_ONLY}).
     * {@code quarkus-run.jar} reads it before it starts (see {@code ErrdexMain}).
     */
    @WithDefault("false")
    boolean migrateOnly();
}
