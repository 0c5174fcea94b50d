package dev.errdex.search.internal;

import dev.errdex.search.Suggestion;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Ranks codes for a whole support text. The text is cut into passages ({@link TextPassages}); each passage is a
 * query of its own against the prose and pair fields, and, in semantic mode, a vector query. Every code that some
 * passage found is then described by features that do not depend on the text's length:
 * <ul>
 *   <li>template coverage: the weighted share of the template's word pairs that occur in the text (a pasted
 *       message with any filled-in values covers nearly all of it);</li>
 *   <li>template word coverage: the same over single words (survives reworded or truncated pastes);</li>
 *   <li>symptom coverage: the best weighted share of one symptom phrase's words found in one passage;</li>
 *   <li>lexical strength: the best passage score relative to the best code's;</li>
 *   <li>semantic similarity: the best cosine between a passage and one of the code's sentences.</li>
 * </ul>
 * A weighted sum ranks the codes; {@link Confidence} turns the features of the first ones into a confidence and an
 * attach decision.
 */
public final class MatchEngine {

    /** Codes each passage contributes. */
    static final int PER_PASSAGE = 8;
    /** Passages embedded in semantic mode (the most wordy ones). */
    static final int SEMANTIC_PASSAGES = 12;

    private static final TextQuery PASSAGE_QUERY = new TextQuery(
            TextQuery.boosts(CatalogFields.TITLE, 1.0f, CatalogFields.MESSAGE, 1.0f, CatalogFields.SYMPTOM, 1.2f,
                    CatalogFields.GUIDE, 0.35f, CatalogFields.LEARNED, 0.8f, CatalogFields.CATEGORY, 0.2f),
            TextQuery.boosts(CatalogFields.MESSAGE_PAIRS, 1.0f, CatalogFields.SYMPTOM_PAIRS, 0.8f),
            0.1f);

    private final CatalogAnalyzers analyzers;
    private final Function<String, IndexedEntry> entries;
    private final SentenceEncoder encoder;
    private final Confidence confidence;

    /**
     * @param analyzers the index's analyzers
     * @param entries   looks up the indexed entry of a code (null when gone)
     * @param encoder   sentence encoder, or null when semantic matching is off
     */
    public MatchEngine(CatalogAnalyzers analyzers, Function<String, IndexedEntry> entries, SentenceEncoder encoder,
                       Confidence confidence) {
        this.analyzers = analyzers;
        this.entries = entries;
        this.encoder = encoder;
        this.confidence = confidence;
    }

    /** Suggestions for {@code text}, best first. */
    public List<Suggestion> match(IndexSearcher searcher, String text, int limit) throws IOException {
        Ranking ranking = rank(searcher, text);
        List<Candidate> ranked = ranking.candidates();
        List<Suggestion> out = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, ranked.size()); i++) {
            Candidate c = ranked.get(i);
            Confidence.Verdict v = confidence.judge(ranked, i);
            out.add(new Suggestion(c.code, v.confidence(), v.attach(), evidence(searcher, ranking, c)));
        }
        return out;
    }

    /** The ranked candidates with their features (for evaluation and calibration). */
    public Ranking rank(IndexSearcher searcher, String text) throws IOException {
        List<Passage> passages = new ArrayList<>();
        for (String p : TextPassages.of(text)) {
            passages.add(new Passage(p, distinct(analyzers.terms(CatalogFields.MESSAGE, p)),
                    distinct(analyzers.terms(CatalogFields.MESSAGE_PAIRS, p))));
        }
        if (passages.isEmpty()) {
            return new Ranking(List.of(), passages);
        }
        Idf idf = new Idf(searcher.getIndexReader());
        Map<String, Candidate> candidates = new HashMap<>();
        lexical(searcher, passages, candidates);
        if (encoder != null) {
            semantic(searcher, passages, candidates);
        }
        Set<String> textPairs = new HashSet<>();
        Set<String> textWords = new HashSet<>();
        for (Passage p : passages) {
            textPairs.addAll(p.pairs);
            textWords.addAll(p.words);
        }
        double bestLex = candidates.values().stream().mapToDouble(c -> c.lex).max().orElse(0);
        List<Candidate> ranked = new ArrayList<>();
        for (Candidate c : candidates.values()) {
            IndexedEntry e = entries.apply(c.code);
            if (e == null) {
                continue;
            }
            c.entry = e;
            Coverage pairs = coverage(e.templatePairs(), textPairs, CatalogFields.MESSAGE_PAIRS, idf);
            c.cover = pairs.share;
            c.templateWeight = pairs.total;
            c.coverWords = coverage(e.templateWords(), textWords, CatalogFields.WORDS, idf).share;
            c.lexRel = bestLex > 0 ? c.lex / bestLex : 0;
            symptoms(c, e, passages, idf);
            c.score = Confidence.rankScore(c);
            ranked.add(c);
        }
        ranked.sort(Comparator.comparingDouble((Candidate c) -> c.score).reversed()
                .thenComparing(c -> c.entry.entry().number()));
        return new Ranking(ranked, passages);
    }

    private void lexical(IndexSearcher searcher, List<Passage> passages, Map<String, Candidate> out)
            throws IOException {
        StoredFields stored = searcher.storedFields();
        for (int i = 0; i < passages.size(); i++) {
            Passage p = passages.get(i);
            if (p.words.isEmpty() && p.pairs.isEmpty()) {
                continue;
            }
            Query q = PASSAGE_QUERY.build(p.words.stream().map(TextQuery.WeightedTerm::of).toList(), p.pairs,
                    List.of());
            TopDocs top = searcher.search(q, PER_PASSAGE);
            for (ScoreDoc sd : top.scoreDocs) {
                String code = stored.document(sd.doc, Set.of(CatalogFields.CODE)).get(CatalogFields.CODE);
                Candidate c = out.computeIfAbsent(code, Candidate::new);
                c.docId = sd.doc;
                if (sd.score > c.lex) {
                    c.lex = sd.score;
                    c.lexPassage = i;
                }
            }
        }
    }

    private void semantic(IndexSearcher searcher, List<Passage> passages, Map<String, Candidate> out)
            throws IOException {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            if (passages.get(i).words.size() >= 3) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparingInt((Integer i) -> passages.get(i).words.size()).reversed());
        StoredFields stored = searcher.storedFields();
        Query vectorsOnly = new TermQuery(new Term(EntryDocuments.KIND, EntryDocuments.KIND_VECTOR));
        for (int i : order.subList(0, Math.min(SEMANTIC_PASSAGES, order.size()))) {
            float[] v = encoder.encode(passages.get(i).text);
            TopDocs top = searcher.search(new KnnFloatVectorQuery(CatalogFields.VECTOR, v, PER_PASSAGE,
                    vectorsOnly), PER_PASSAGE);
            for (ScoreDoc sd : top.scoreDocs) {
                String code = stored.document(sd.doc, Set.of(CatalogFields.CODE)).get(CatalogFields.CODE);
                double cosine = 2 * sd.score - 1;
                Candidate c = out.computeIfAbsent(code, Candidate::new);
                if (cosine > c.sem) {
                    c.sem = cosine;
                    c.semPassage = i;
                }
            }
        }
    }

    private static void symptoms(Candidate c, IndexedEntry e, List<Passage> passages, Idf idf) {
        for (List<String> symptom : e.symptomWords()) {
            for (int i = 0; i < passages.size(); i++) {
                Coverage cov = coverage(symptom, new HashSet<>(passages.get(i).words), CatalogFields.WORDS, idf);
                if (cov.share > c.symptom) {
                    c.symptom = cov.share;
                    c.symptomPassage = i;
                }
            }
        }
    }

    private static Coverage coverage(List<String> terms, Set<String> present, String field, Idf idf) {
        double total = 0;
        double found = 0;
        for (String t : terms) {
            double w = idf.of(field, t);
            total += w;
            if (present.contains(t)) {
                found += w;
            }
        }
        return new Coverage(total == 0 ? 0 : found / total, total);
    }

    private List<Suggestion.Evidence> evidence(IndexSearcher searcher, Ranking ranking, Candidate c)
            throws IOException {
        List<Suggestion.Evidence> out = new ArrayList<>();
        List<Passage> passages = ranking.passages();
        if (c.cover > 0) {
            Passage best = null;
            int bestCount = 0;
            for (Passage p : passages) {
                int n = 0;
                for (String pair : c.entry.templatePairs()) {
                    if (p.pairs.contains(pair)) {
                        n++;
                    }
                }
                if (n > bestCount) {
                    bestCount = n;
                    best = p;
                }
            }
            if (best != null) {
                out.add(new Suggestion.Evidence(CatalogFields.MESSAGE, best.text, round(c.cover)));
            }
        }
        if (c.symptom > 0 && c.symptomPassage >= 0) {
            out.add(new Suggestion.Evidence(CatalogFields.SYMPTOM, passages.get(c.symptomPassage).text,
                    round(c.symptom)));
        }
        if (c.lexPassage >= 0) {
            Passage p = passages.get(c.lexPassage);
            String field = bestField(searcher, c, p);
            boolean dup = out.stream().anyMatch(ev -> ev.sentence().equals(p.text) && ev.field().equals(field));
            if (!dup) {
                out.add(new Suggestion.Evidence(field, p.text, round(c.lexRel)));
            }
        }
        if (c.sem > 0 && c.semPassage >= 0) {
            out.add(new Suggestion.Evidence("semantic", passages.get(c.semPassage).text, round(c.sem)));
        }
        return out;
    }

    private String bestField(IndexSearcher searcher, Candidate c, Passage p) throws IOException {
        String best = CatalogFields.MESSAGE;
        double bestScore = 0;
        Map<String, Query> perField = PASSAGE_QUERY.perField(
                p.words.stream().map(TextQuery.WeightedTerm::of).toList(), p.pairs);
        for (Map.Entry<String, Query> e : perField.entrySet()) {
            BooleanQuery scoped = new BooleanQuery.Builder()
                    .add(e.getValue(), BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(CatalogFields.CODE, c.code)), BooleanClause.Occur.FILTER)
                    .build();
            TopDocs top = searcher.search(scoped, 1);
            if (top.scoreDocs.length > 0 && top.scoreDocs[0].score > bestScore) {
                bestScore = top.scoreDocs[0].score;
                best = e.getKey();
            }
        }
        return switch (best) {
            case CatalogFields.MESSAGE_PAIRS -> CatalogFields.MESSAGE;
            case CatalogFields.SYMPTOM_PAIRS -> CatalogFields.SYMPTOM;
            default -> best;
        };
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }

    private static List<String> distinct(List<String> terms) {
        return List.copyOf(new java.util.LinkedHashSet<>(terms));
    }

    private record Coverage(double share, double total) {
    }

    /** A passage with its analysed terms. */
    public record Passage(String text, List<String> words, List<String> pairs) {
    }

    /** The outcome of ranking: candidates best first, and the passages they were found in. */
    public record Ranking(List<Candidate> candidates, List<Passage> passages) {
    }

    /** A code found for a text, with its features. */
    public static final class Candidate {
        final String code;
        IndexedEntry entry;
        int docId = -1;
        double lex;
        int lexPassage = -1;
        double sem;
        int semPassage = -1;
        double symptom;
        int symptomPassage = -1;
        double cover;
        double coverWords;
        double templateWeight;
        double lexRel;
        double score;

        Candidate(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public IndexedEntry entry() {
            return entry;
        }

        public double cover() {
            return cover;
        }

        public double coverWords() {
            return coverWords;
        }

        public double templateWeight() {
            return templateWeight;
        }

        public double lexRel() {
            return lexRel;
        }

        public double lex() {
            return lex;
        }

        public double semantic() {
            return sem;
        }

        public double symptom() {
            return symptom;
        }

        public double score() {
            return score;
        }

        @Override
        public String toString() {
            return String.format("%s score=%.3f cover=%.2f words=%.2f tw=%.1f lex=%.2f(%.1f) sym=%.2f sem=%.2f",
                    code, score, cover, coverWords, templateWeight, lexRel, lex, symptom, sem);
        }
    }
}
