package dev.errdex.search.internal;

import dev.errdex.search.SearchHit;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.spell.WordBreakSpellChecker;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Search for people: a few words, a question, a fragment of a message with real values, a code in any spelling,
 * typos. The query is analysed, never parsed, so any characters are safe.
 *
 * <ol>
 *   <li>Code spellings in the query hit the code field (a full code outranks everything; a bare number that is a
 *       code's number helps).</li>
 *   <li>Each prose term is a best-field disjunction over title, message, symptoms, guide, learned texts; each word
 *       pair of the query hits the template and symptom pair fields (phrase and proximity boost).</li>
 *   <li>A word that no entry has is corrected from the index's own vocabulary: close spellings (edit distance up to
 *       two) and splits of run-together words, each added with a lower weight.</li>
 *   <li>In semantic mode, the query's vector finds the nearest catalog sentences; the similarity is added to the
 *       normalised lexical score.</li>
 * </ol>
 */
public final class SearchEngine {

    static final int MAX_QUERY_CHARS = 1_000;
    static final int CANDIDATES = 50;
    static final float FULL_CODE_BOOST = 40f;
    static final float NUMBER_BOOST = 6f;

    private static final TextQuery SEARCH_QUERY = new TextQuery(
            TextQuery.boosts(CatalogFields.TITLE, 2.0f, CatalogFields.MESSAGE, 1.5f, CatalogFields.SYMPTOM, 1.5f,
                    CatalogFields.GUIDE, 0.6f, CatalogFields.LEARNED, 0.8f, CatalogFields.CATEGORY, 0.5f),
            TextQuery.boosts(CatalogFields.MESSAGE_PAIRS, 1.2f, CatalogFields.SYMPTOM_PAIRS, 1.0f),
            0.2f);

    private final CatalogAnalyzers analyzers;
    private final Function<String, IndexedEntry> entries;
    private final SentenceEncoder encoder;
    private final SnippetMarker snippets;
    private final DirectSpellChecker speller = new DirectSpellChecker();
    private final WordBreakSpellChecker wordBreaker = new WordBreakSpellChecker();

    public SearchEngine(CatalogAnalyzers analyzers, Function<String, IndexedEntry> entries, SentenceEncoder encoder) {
        this.analyzers = analyzers;
        this.entries = entries;
        this.encoder = encoder;
        this.snippets = new SnippetMarker(analyzers.get(CatalogAnalyzers.ENGLISH));
        speller.setMaxEdits(2);
        speller.setMinPrefix(1);
        speller.setMinQueryLength(4);
        wordBreaker.setMinBreakWordLength(2);
        wordBreaker.setMaxChanges(2);
    }

    /** Hits for {@code query}, best first. */
    public List<SearchHit> search(IndexSearcher searcher, String query, int limit) throws IOException {
        String q = query == null ? "" : query.strip();
        if (q.length() > MAX_QUERY_CHARS) {
            q = q.substring(0, MAX_QUERY_CHARS);
        }
        if (q.isEmpty() || limit <= 0) {
            return List.of();
        }
        IndexReader reader = searcher.getIndexReader();
        List<TextQuery.WeightedTerm> words = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String t : analyzers.terms(CatalogFields.MESSAGE, q)) {
            if (seen.add(t)) {
                words.add(TextQuery.WeightedTerm.of(t));
            }
        }
        words.addAll(corrections(reader, q, seen));
        List<String> pairs = List.copyOf(new LinkedHashSet<>(analyzers.terms(CatalogFields.MESSAGE_PAIRS, q)));
        List<Query> codes = new ArrayList<>();
        for (String code : new LinkedHashSet<>(analyzers.terms(CatalogFields.CODE_SPELLING, q))) {
            float boost = code.startsWith("err_") ? FULL_CODE_BOOST : NUMBER_BOOST;
            codes.add(new BoostQuery(new TermQuery(new Term(CatalogFields.CODE_SPELLING, code)), boost));
        }
        Query lexical = SEARCH_QUERY.build(words, pairs, codes);
        TopDocs top = searcher.search(lexical, Math.max(CANDIDATES, limit));
        StoredFields stored = searcher.storedFields();
        Map<String, Double> scores = new LinkedHashMap<>();
        double best = top.scoreDocs.length == 0 ? 0 : top.scoreDocs[0].score;
        for (ScoreDoc sd : top.scoreDocs) {
            String code = stored.document(sd.doc, Set.of(CatalogFields.CODE)).get(CatalogFields.CODE);
            scores.put(code, best > 0 ? sd.score / best : 0);
        }
        if (encoder != null) {
            addSemantic(searcher, q, scores);
        }
        Set<String> marked = new LinkedHashSet<>();
        words.forEach(w -> marked.add(w.term()));
        List<Map.Entry<String, Double>> ranked = new ArrayList<>(scores.entrySet());
        ranked.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()));
        List<SearchHit> hits = new ArrayList<>();
        for (Map.Entry<String, Double> e : ranked) {
            IndexedEntry entry = entries.apply(e.getKey());
            if (entry == null) {
                continue;
            }
            hits.add(new SearchHit(entry.code(), entry.entry().title(), categoryOf(entry),
                    Math.round(e.getValue() * 1000) / 1000.0, snippet(entry, marked)));
            if (hits.size() == limit) {
                break;
            }
        }
        return hits;
    }

    private void addSemantic(IndexSearcher searcher, String q, Map<String, Double> scores) throws IOException {
        float[] v = encoder.encode(q);
        Query vectorsOnly = new TermQuery(new Term(EntryDocuments.KIND, EntryDocuments.KIND_VECTOR));
        TopDocs top = searcher.search(new KnnFloatVectorQuery(CatalogFields.VECTOR, v, CANDIDATES, vectorsOnly),
                CANDIDATES);
        StoredFields stored = searcher.storedFields();
        Map<String, Double> cosine = new HashMap<>();
        for (ScoreDoc sd : top.scoreDocs) {
            String code = stored.document(sd.doc, Set.of(CatalogFields.CODE)).get(CatalogFields.CODE);
            cosine.merge(code, 2.0 * sd.score - 1, Math::max);
        }
        Map<String, Double> fused = new HashMap<>();
        scores.forEach((code, lex) -> fused.put(code, lex));
        cosine.forEach((code, cos) -> fused.merge(code, SEMANTIC_WEIGHT * Math.max(0, cos - SEMANTIC_FLOOR),
                Double::sum));
        scores.clear();
        scores.putAll(fused);
    }

    static final double SEMANTIC_WEIGHT = 1.5;
    static final double SEMANTIC_FLOOR = 0.2;

    private List<TextQuery.WeightedTerm> corrections(IndexReader reader, String q, Set<String> seen)
            throws IOException {
        List<TextQuery.WeightedTerm> out = new ArrayList<>();
        for (String word : new LinkedHashSet<>(analyzers.terms(CatalogFields.SURFACE, q))) {
            if (word.length() < 4 || !word.chars().allMatch(Character::isLetter)
                    || reader.docFreq(new Term(CatalogFields.SURFACE, word)) > 0) {
                continue;
            }
            Term term = new Term(CatalogFields.SURFACE, word);
            for (SuggestWord s : speller.suggestSimilar(term, 2, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)) {
                addAnalysed(s.string, 0.8f * s.score, seen, out);
            }
            SuggestWord[][] splits = wordBreaker.suggestWordBreaks(term, 2, reader,
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX,
                    WordBreakSpellChecker.BreakSuggestionSortMethod.NUM_CHANGES_THEN_MAX_FREQUENCY);
            for (SuggestWord[] split : splits) {
                for (SuggestWord part : split) {
                    addAnalysed(part.string, 0.8f, seen, out);
                }
            }
        }
        return out;
    }

    private void addAnalysed(String word, float weight, Set<String> seen, List<TextQuery.WeightedTerm> out) {
        for (String t : analyzers.terms(CatalogFields.MESSAGE, word)) {
            if (seen.add(t)) {
                out.add(new TextQuery.WeightedTerm(t, weight));
            }
        }
    }

    private String snippet(IndexedEntry entry, Set<String> terms) {
        List<String> sources = new ArrayList<>();
        String message = entry.entry().message();
        if (message != null && !message.isBlank()) {
            sources.add(message);
        }
        if (entry.entry().title() != null) {
            sources.add(entry.entry().title());
        }
        sources.addAll(entry.entry().symptoms());
        String guide = entry.guideText();
        if (!guide.isBlank()) {
            sources.addAll(List.of(guide.split("\\n+")));
        }
        String best = sources.isEmpty() ? "" : sources.get(0);
        int bestCount = 0;
        for (String s : sources) {
            int n = snippets.matches(s, terms);
            if (n > bestCount) {
                bestCount = n;
                best = s;
            }
        }
        return snippets.mark(best, terms);
    }

    /** The category to group a hit under. */
    static String categoryOf(IndexedEntry entry) {
        String c = entry.entry().category();
        return c == null || c.isBlank() ? UNCATEGORISED : c;
    }

    /** Group name of entries without a category. */
    public static final String UNCATEGORISED = "uncategorized";

}
