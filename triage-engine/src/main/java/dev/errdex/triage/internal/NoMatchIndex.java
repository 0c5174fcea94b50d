package dev.errdex.triage.internal;

import dev.errdex.catalog.CatalogEntry;
import dev.errdex.search.CatalogIndex;
import dev.errdex.search.SearchHit;
import dev.errdex.search.Suggestion;

import java.util.Collection;
import java.util.List;

/**
 * An index that matches nothing: triage without inference (only written codes). bin/triage uses it while
 * {@code LuceneCatalogIndex} is a skeleton; tests extend it to record what the engine asks.
 * TODO(search-index merge): bin/triage then uses the real index; keep this only if a channel still needs it.
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
