package dev.errdex.triage.internal;

import dev.errdex.catalog.CatalogEntry;
import dev.errdex.search.CatalogIndex;
import dev.errdex.search.SearchHit;
import dev.errdex.search.Suggestion;

import java.util.Collection;
import java.util.List;

/**
 * Test double: an index that matches nothing (triage of written codes only); the engine's tests extend it to record
 * what the engine asks the index.
 */
public class NoMatchIndex implements CatalogIndex {

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
