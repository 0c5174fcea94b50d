package dev.errdex.catalog.service;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of the catalog ({@code errdex.catalog.*}). */
@ConfigMapping(prefix = "errdex.catalog")
public interface CatalogConfig {

    /**
     * Load the bundled catalog into the database at start-up: all of it into an empty database, and later only what a
     * newer bundle adds or changes in entries nobody edited.
     */
    @WithDefault("true")
    boolean seedOnStart();

    /** Page size of a listing when the caller names none. */
    @WithDefault("20")
    int defaultPageSize();

    /** Largest page a caller may ask for. */
    @WithDefault("500")
    int maxPageSize();

    /**
     * How long a looked-up entry is served from memory, in seconds; 0 turns the cache off. Changes made through this
     * process show at once; this bounds how long a change made by another process takes to show.
     */
    @WithDefault("60")
    int cacheSeconds();

    /**
     * How often this process checks whether other processes on the same database changed the catalog (one read of
     * the catalog revision; the changed entries are read only when it moved), e.g. {@code 1s}; {@code 0} turns the
     * check off. Changes then reach this process's search index and caches within this time
     * ({@code ERRDEX_CATALOG_REFRESH_INTERVAL}).
     */
    @WithDefault("1s")
    Duration refreshInterval();

    /**
     * On PostgreSQL, also listen for change notifications on a session of its own, so that other processes' edits
     * arrive at once rather than at the next check ({@code ERRDEX_CATALOG_LISTEN}). Ignored on H2.
     */
    @WithDefault("true")
    boolean listen();

    /**
     * Largest catalog file (JSON or YAML) or docs page an import reads ({@code ERRDEX_CATALOG_IMPORT_MAX_BYTES});
     * larger ones are rejected whole with {@code ERR_ERRDEX_1013}.
     */
    @WithDefault("16M")
    MemorySize importMaxBytes();
}
