package dev.errdex.search;

import dev.errdex.catalog.CatalogEntry;

import java.nio.file.Path;
import java.util.Collection;

/**
 * Factories for the Lucene implementation of {@link CatalogIndex}.
 * SKELETON: the implementation is being written on the search branch.
 */
public final class LuceneCatalogIndex {

    private LuceneCatalogIndex() {
    }

    /** An index held in memory, built from {@code entries}. */
    public static CatalogIndex inMemory(Collection<CatalogEntry> entries) {
        throw new UnsupportedOperationException("search index not implemented yet");
    }

    /** An index kept in {@code directory} (created or rebuilt from {@code entries}). */
    public static CatalogIndex onDisk(Path directory, Collection<CatalogEntry> entries) {
        throw new UnsupportedOperationException("search index not implemented yet");
    }
}
