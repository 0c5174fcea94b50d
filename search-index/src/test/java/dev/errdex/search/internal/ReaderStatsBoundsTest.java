package dev.errdex.search.internal;

import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.DefaultCatalog;
import org.apache.lucene.document.Document;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-term caches of {@link ReaderStats} stay within their character budget whatever terms hostile text has. */
class ReaderStatsBoundsTest {

    private static final CatalogAnalyzers ANALYZERS = new CatalogAnalyzers();

    @Test
    void endlessDistinctLongTermsNeverHoldMoreThanTheCharacterBudget() {
        List<CatalogEntry> catalog = DefaultCatalog.load().subList(0, 50);
        IndexStore store = IndexStore.inMemory(ANALYZERS.perField());
        Map<String, List<Document>> docs = new LinkedHashMap<>();
        for (CatalogEntry e : catalog) {
            docs.put(e.code(), List.of(EntryDocuments.entry(IndexedEntry.of(e, List.of(), ANALYZERS))));
        }
        store.replaceAll(docs);
        try {
            store.read(searcher -> {
                ReaderStats stats = new ReaderStats(searcher);
                String padding = "x".repeat(200);
                long terms = 3 * ReaderStats.MAX_CACHED_TERM_CHARS / padding.length();
                for (long i = 0; i < terms; i++) {
                    stats.idf("message", padding + i);
                    assertThat(stats.cachedTermChars()).isLessThanOrEqualTo(ReaderStats.MAX_CACHED_TERM_CHARS);
                }
                // every term is looked up in two caches (idf and df), so the budget is hit several times over
                assertThat((long) stats.cachedTerms() * padding.length())
                        .isLessThanOrEqualTo(ReaderStats.MAX_CACHED_TERM_CHARS);
                return null;
            });
        } finally {
            store.close();
        }
    }
}
