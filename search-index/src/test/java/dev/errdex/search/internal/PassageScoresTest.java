package dev.errdex.search.internal;

import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.DefaultCatalog;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@link PassageScores} must rank exactly as the Lucene query {@link TextQuery#build} would: same documents, same
 * order, same scores (up to float rounding), for both query kinds, on an index with updated (deleted) documents.
 */
class PassageScoresTest {

    private static final CatalogAnalyzers ANALYZERS = new CatalogAnalyzers();
    private static IndexStore store;
    private static List<CatalogEntry> catalog;

    @BeforeAll
    static void index() {
        catalog = DefaultCatalog.load();
        store = IndexStore.inMemory(ANALYZERS.perField());
        Map<String, List<Document>> docs = new LinkedHashMap<>();
        for (CatalogEntry e : catalog) {
            docs.put(e.code(), List.of(EntryDocuments.entry(IndexedEntry.of(e, List.of(), ANALYZERS))));
        }
        store.replaceAll(docs);
        // rewrite some entries: their old documents stay in the segment as deleted ones, which must not score
        for (CatalogEntry e : catalog.subList(0, 300)) {
            store.put(e.code(), List.of(EntryDocuments.entry(
                    IndexedEntry.of(e, List.of("learned text about " + e.title()), ANALYZERS))));
        }
    }

    @AfterAll
    static void close() {
        store.close();
        ANALYZERS.close();
    }

    @Test
    void ranksEveryCatalogSentenceAsTheLuceneQueryWould() {
        List<String> texts = new ArrayList<>();
        for (CatalogEntry e : catalog.subList(0, catalog.size() / 2)) {
            texts.add(e.message());
            if (e.title() != null) {
                texts.add(e.title());
            }
            texts.addAll(e.symptoms());
        }
        assertSameRanking(texts, TextQuery.MATCH, 8);
        assertSameRanking(texts, TextQuery.SEARCH, 50);
    }

    @Test
    void ranksLongMixedPassagesAsTheLuceneQueryWould() {
        Random random = new Random(42);
        List<String> words = new ArrayList<>();
        for (CatalogEntry e : catalog) {
            words.addAll(List.of((e.message() + " " + e.title()).split("\\s+")));
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            StringBuilder b = new StringBuilder();
            for (int w = 0, n = 3 + random.nextInt(120); w < n; w++) {
                b.append(words.get(random.nextInt(words.size()))).append(' ');
            }
            texts.add(b.toString());
        }
        assertSameRanking(texts, TextQuery.MATCH, 8);
        assertSameRanking(texts, TextQuery.SEARCH, 50);
    }

    @Test
    void weighsCorrectedWordsByTheirWeight() {
        List<TextQuery.WeightedTerm> words = List.of(new TextQuery.WeightedTerm("tunnel", 0.8f),
                new TextQuery.WeightedTerm("session", 0.4f), TextQuery.WeightedTerm.of("limit"));
        store.read(searcher -> {
            ReaderStats stats = new ReaderStats(searcher);
            assertSame(stats, searcher, words, List.of(), TextQuery.SEARCH, 20);
            return null;
        });
    }

    private static void assertSameRanking(List<String> texts, TextQuery query, int k) {
        store.read(searcher -> {
            ReaderStats stats = new ReaderStats(searcher);
            int compared = 0;
            for (String text : texts) {
                List<TextQuery.WeightedTerm> words = new ArrayList<>();
                for (String t : new LinkedHashSet<>(ANALYZERS.terms(CatalogFields.MESSAGE, text))) {
                    words.add(TextQuery.WeightedTerm.of(t));
                }
                List<String> pairs = List.copyOf(new LinkedHashSet<>(ANALYZERS.terms(CatalogFields.MESSAGE_PAIRS,
                        text)));
                compared += assertSame(stats, searcher, words, pairs, query, k);
            }
            assertThat(compared).as("documents compared").isGreaterThan(texts.size());
            return null;
        });
    }

    private static int assertSame(ReaderStats stats, org.apache.lucene.search.IndexSearcher searcher,
                                  List<TextQuery.WeightedTerm> words, List<String> pairs, TextQuery query, int k)
            throws java.io.IOException {
        TopDocs lucene = searcher.search(query.build(words, pairs, List.of(), stats), k);
        PassageScores.ScoredDoc[] ours = new PassageScores(stats, query).top(words, pairs, k);
        assertThat(ours).as("hits for %s", words).hasSize(lucene.scoreDocs.length);
        Set<Integer> ourClearHits = new HashSet<>();
        Set<Integer> luceneClearHits = new HashSet<>();
        for (int i = 0; i < ours.length; i++) {
            ScoreDoc expected = lucene.scoreDocs[i];
            assertThat((double) ours[i].score()).as("score of hit %d for %s", i, words)
                    .isCloseTo(expected.score, within(1e-4 * Math.max(1, expected.score)));
            // documents whose scores tie (up to float rounding) with the last hit may differ; the others may not
            float last = lucene.scoreDocs[ours.length - 1].score;
            if (expected.score > last + 1e-3) {
                luceneClearHits.add(expected.doc);
            }
            if (ours[i].score() > last + 1e-3) {
                ourClearHits.add(ours[i].doc());
            }
        }
        assertThat(ourClearHits).as("hits for %s", words).isEqualTo(luceneClearHits);
        return ours.length;
    }
}
