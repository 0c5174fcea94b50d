package dev.errdex.search.internal;

import dev.errdex.search.SearchHit;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.spell.WordBreakSpellChecker;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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
    /** Most hits one search returns. */
    static final int MAX_LIMIT = 200;
    static final float FULL_CODE_BOOST = 40f;
    static final float NUMBER_BOOST = 6f;
    /**
     * A bare number counts as a code only in a query of at most this many words ("8012", "ngrok error 8012"); in a
     * longer one it is a port, a count or a version.
     */
    static final int NUMBER_QUERY_WORDS = 3;
    /** Entries whose snippet texts are kept analysed; past that the cache starts over. */
    static final int MAX_SNIPPET_ENTRIES = 20_000;
    /** Query words whose spelling corrections are kept per reader; past that the cache starts over. */
    static final int MAX_SPELLINGS = 50_000;
    /** Longest query word whose spelling corrections are kept (so the cache holds at most 3.2M characters of words). */
    static final int MAX_SPELLING_WORD_CHARS = 64;

    private final CatalogAnalyzers analyzers;
    private final Ranker ranker;
    private final SnippetMarker snippets;
    private final Map<String, SnippetSources> snippetSources = new ConcurrentHashMap<>();
    private volatile Spellings spellings;
    private final DirectSpellChecker speller = new DirectSpellChecker();
    private final WordBreakSpellChecker wordBreaker = new WordBreakSpellChecker();

    public SearchEngine(CatalogAnalyzers analyzers, Ranker ranker) {
        this.analyzers = analyzers;
        this.ranker = ranker;
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
        limit = Math.min(limit, MAX_LIMIT);
        Ranker.Passage passage = ranker.passage(q, TextPassages.Kind.SENTENCE);
        Set<String> seen = passage.terms();
        List<Query> codes = new ArrayList<>();
        boolean shortQuery = analyzers.terms(CatalogFields.SURFACE, q).size() <= NUMBER_QUERY_WORDS;
        Set<String> named = new LinkedHashSet<>();
        for (String code : new LinkedHashSet<>(analyzers.terms(CatalogFields.CODE_SPELLING, q))) {
            boolean full = code.startsWith("err_");
            if (full || shortQuery) {
                named.add(code);
                codes.add(new BoostQuery(new TermQuery(new Term(CatalogFields.CODE_SPELLING, code)),
                        full ? FULL_CODE_BOOST : NUMBER_BOOST));
            }
        }
        passage = passage.with(corrections(searcher.getIndexReader(), q, seen), codes);
        Ranker.Ranking ranking = ranker.rank(searcher, List.of(passage), TextQuery.SEARCH, RankWeights.SEARCH,
                Math.max(CANDIDATES, limit));
        Set<String> marked = passage.terms();
        List<Ranker.Candidate> ranked = new ArrayList<>(ranking.candidates());
        ranked.sort(Comparator.comparing((Ranker.Candidate c) -> !isNamed(c, named)));
        List<SearchHit> hits = new ArrayList<>();
        for (Ranker.Candidate c : ranked) {
            hits.add(new SearchHit(c.code(), c.entry().entry().title(), categoryOf(c.entry()),
                    Math.round(c.score() * 1000) / 1000.0, snippet(c.entry(), marked)));
            if (hits.size() == limit) {
                break;
            }
        }
        return hits;
    }

    /** Whether the query named this code: its full spelling, or its number in a short query. */
    private static boolean isNamed(Ranker.Candidate c, Set<String> named) {
        return named.contains(c.code().toLowerCase(Locale.ROOT))
                || named.contains(String.valueOf(c.entry().entry().number()));
    }

    private List<TextQuery.WeightedTerm> corrections(IndexReader reader, String q, Set<String> seen)
            throws IOException {
        List<TextQuery.WeightedTerm> out = new ArrayList<>();
        for (String word : new LinkedHashSet<>(analyzers.terms(CatalogFields.SURFACE, q))) {
            if (word.length() < 4 || !word.chars().allMatch(Character::isLetter)) {
                continue;
            }
            for (TextQuery.WeightedTerm s : spellings(reader, word)) {
                addAnalysed(s.term(), s.weight(), seen, out);
            }
        }
        return out;
    }

    /**
     * Words of the index's vocabulary that {@code word} may be a misspelling of, each with its weight: close
     * spellings (edit distance up to two) and splits of a run-together word; none for a word the index has. Kept
     * per reader (a look-up in the terms dictionary costs about a millisecond, and people repeat their typos).
     */
    private List<TextQuery.WeightedTerm> spellings(IndexReader reader, String word) throws IOException {
        Spellings known = spellings;
        if (known == null || known.reader() != reader) {
            known = new Spellings(reader, new ConcurrentHashMap<>());
            spellings = known;
        }
        List<TextQuery.WeightedTerm> cached = known.words().get(word);
        if (cached != null) {
            return cached;
        }
        List<TextQuery.WeightedTerm> out = new ArrayList<>();
        Term term = new Term(CatalogFields.SURFACE, word);
        if (reader.docFreq(term) == 0) {
            for (SuggestWord s : speller.suggestSimilar(term, 2, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)) {
                out.add(new TextQuery.WeightedTerm(s.string, 0.8f * s.score));
            }
            SuggestWord[][] splits = wordBreaker.suggestWordBreaks(term, 2, reader,
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX,
                    WordBreakSpellChecker.BreakSuggestionSortMethod.NUM_CHANGES_THEN_MAX_FREQUENCY);
            for (SuggestWord[] split : splits) {
                for (SuggestWord part : split) {
                    out.add(new TextQuery.WeightedTerm(part.string, 0.8f));
                }
            }
        }
        if (known.words().size() >= MAX_SPELLINGS) {
            known.words().clear();
        }
        if (word.length() <= MAX_SPELLING_WORD_CHARS) {
            known.words().put(word, List.copyOf(out));
        }
        return out;
    }

    private record Spellings(IndexReader reader, Map<String, List<TextQuery.WeightedTerm>> words) {
    }

    private void addAnalysed(String word, float weight, Set<String> seen, List<TextQuery.WeightedTerm> out) {
        for (String t : analyzers.terms(CatalogFields.MESSAGE, word)) {
            if (seen.add(t)) {
                out.add(new TextQuery.WeightedTerm(t, weight));
            }
        }
    }

    private String snippet(IndexedEntry entry, Set<String> terms) {
        List<SnippetMarker.Analysed> sources = snippetSources(entry);
        if (sources.isEmpty()) {
            return "";
        }
        SnippetMarker.Analysed best = sources.get(0);
        int bestCount = 0;
        for (SnippetMarker.Analysed s : sources) {
            int n = snippets.matches(s, terms);
            if (n > bestCount) {
                bestCount = n;
                best = s;
            }
        }
        return snippets.mark(best, terms);
    }

    /**
     * The texts a snippet of {@code entry} may come from, analysed once per entry (until the entry changes): the
     * message, the title, the symptom phrases, the fix guide's lines.
     */
    private List<SnippetMarker.Analysed> snippetSources(IndexedEntry entry) {
        SnippetSources known = snippetSources.get(entry.code());
        if (known != null && known.entry() == entry) {
            return known.texts();
        }
        List<String> texts = new ArrayList<>();
        String message = entry.entry().message();
        if (message != null && !message.isBlank()) {
            texts.add(message);
        }
        if (entry.entry().title() != null) {
            texts.add(entry.entry().title());
        }
        texts.addAll(entry.entry().symptoms());
        String guide = entry.guideText();
        if (!guide.isBlank()) {
            texts.addAll(List.of(guide.split("\\n+")));
        }
        List<SnippetMarker.Analysed> analysed = texts.stream().map(snippets::analyse).toList();
        if (snippetSources.size() >= MAX_SNIPPET_ENTRIES) {
            snippetSources.clear();
        }
        snippetSources.put(entry.code(), new SnippetSources(entry, analysed));
        return analysed;
    }

    private record SnippetSources(IndexedEntry entry, List<SnippetMarker.Analysed> texts) {
    }

    /** The category to group a hit under. */
    static String categoryOf(IndexedEntry entry) {
        String c = entry.entry().category();
        return c == null || c.isBlank() ? UNCATEGORISED : c;
    }

    /** Group name of entries without a category. */
    public static final String UNCATEGORISED = "uncategorized";

}
