package dev.errdex.triage.cli;

import dev.errdex.catalog.CatalogEntry;
import dev.errdex.search.CatalogIndex;
import dev.errdex.search.SearchHit;
import dev.errdex.search.Suggestion;

import java.util.Collection;
import java.util.List;

/**
 * Stands in for the search index while {@code LuceneCatalogIndex} is a skeleton: no suggestions.
 * TODO(search-index merge): delete this class and its use in {@link TriageCommand} once
 * {@code LuceneCatalogIndex.inMemory} is implemented.
 */
final class UnavailableIndex implements CatalogIndex {

    @Override
    public List<Suggestion> match(String text, int limit) {
        return List.of();
    }

    @Override
    public List<SearchHit> search(String query, int limit) {
        return List.of();
    }

    @Override
    public void upsert(CatalogEntry entry) {
        // nothing indexed
    }

    @Override
    public void upsertAll(Collection<CatalogEntry> entries) {
        // nothing indexed
    }

    @Override
    public void remove(String code) {
        // nothing indexed
    }

    @Override
    public void addEvidence(String code, String text) {
        // nothing indexed
    }

    @Override
    public int size() {
        return 0;
    }

    @Override
    public void close() {
        // nothing to release
    }
}
