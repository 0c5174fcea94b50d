package dev.errdex.catalog.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

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
}
