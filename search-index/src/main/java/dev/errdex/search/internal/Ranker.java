package dev.errdex.search.internal;

import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds and describes the codes for a list of passages; shared by {@link MatchEngine} (many passages of an email)
 * and {@link SearchEngine} (one passage: the query). Each passage is a query of its own against the prose and pair
 * fields and, in semantic mode, a vector query. Every code that some passage found is then described by features
 * that do not depend on the text's length:
 * <ul>
 *   <li>template coverage: the weighted share of the template's word pairs that occur anywhere in the text (a
 *       pasted message with any filled-in values covers nearly all of it);</li>
 *   <li>pasted line: the weighted share of one passage's catalog word pairs that the template has (a partial
 *       paste is all template, even when it is only part of the template);</li>
 *   <li>template word coverage: template coverage over single words;</li>
 *   <li>symptom coverage: the best weighted share of one symptom phrase's words found in one passage;</li>
 *   <li>lexical strength: the best passage score relative to the best code's;</li>
 *   <li>semantic lift: how far a passage's cosine to one of the code's sentences stands above that passage's
 *       average cosine to its nearest catalog sentences.</li>
 * </ul>
 * {@link RankWeights} orders the codes by these features.
 */
public final class Ranker {

    /** Codes each passage contributes. */
    static final int PER_PASSAGE = 8;
    /** Passages embedded in semantic mode (the most wordy sentences). */
    static final int SEMANTIC_PASSAGES = 12;
    /** Pair weight from which a passage counts as long enough to be a pasted line. */
    static final double PASTED_LINE_WEIGHT = 20.0;

    private final CatalogAnalyzers analyzers;
    private final Function<String, IndexedEntry> entries;
    private final SentenceEncoder encoder;

    /**
     * @param analyzers the index's analyzers
     * @param entries   looks up the indexed entry of a code (null when gone)
     * @param encoder   sentence encoder, or null when semantic matching is off
     */
    public Ranker(CatalogAnalyzers analyzers, Function<String, IndexedEntry> entries, SentenceEncoder encoder) {
        this.analyzers = analyzers;
        this.entries = entries;
        this.encoder = encoder;
    }

    /** A passage of {@code text} analysed for ranking. */
    public Passage passage(String text, boolean sentence) {
        List<TextQuery.WeightedTerm> words = new ArrayList<>();
        for (String t : new LinkedHashSet<>(analyzers.terms(CatalogFields.MESSAGE, text))) {
            words.add(TextQuery.WeightedTerm.of(t));
        }
        List<String> pairs = List.copyOf(new LinkedHashSet<>(analyzers.terms(CatalogFields.MESSAGE_PAIRS, text)));
        return new Passage(text, sentence, words, pairs, List.of());
    }

    /**
     * Ranks the codes found for {@code passages}.
     *
     * @param query      how a passage becomes a query (field boosts)
     * @param weights    how features add up to the score
     * @param perPassage codes each passage contributes
     */
    public Ranking rank(IndexSearcher searcher, List<Passage> passages, TextQuery query, RankWeights weights,
                        int perPassage) throws IOException {
        if (passages.isEmpty()) {
            return new Ranking(List.of(), passages);
        }
        Idf idf = new Idf(searcher.getIndexReader());
        Map<String, Candidate> candidates = new HashMap<>();
        lexical(searcher, passages, query, perPassage, candidates, idf);
        if (encoder != null) {
            semantic(searcher, passages, perPassage, candidates);
        }
        Set<String> textPairs = new HashSet<>();
        Set<String> textWords = new HashSet<>();
        for (Passage p : passages) {
            textPairs.addAll(p.pairs);
            p.words.forEach(w -> textWords.add(w.term()));
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
            c.score = weights.score(c);
            ranked.add(c);
        }
        ranked.sort(Comparator.comparingDouble((Candidate c) -> c.score).reversed()
                .thenComparing(c -> c.entry.entry().number()));
        return new Ranking(ranked, passages);
    }

    private void lexical(IndexSearcher searcher, List<Passage> passages, TextQuery query, int perPassage,
                         Map<String, Candidate> out, Idf idf) throws IOException {
        StoredFields stored = searcher.storedFields();
        for (int i = 0; i < passages.size(); i++) {
            Passage p = passages.get(i);
            if (p.words.isEmpty() && p.pairs.isEmpty() && p.extra.isEmpty()) {
                continue;
            }
            TopDocs top = searcher.search(query.build(p.words, p.pairs, p.extra), perPassage);
            for (ScoreDoc sd : top.scoreDocs) {
                String code = stored.document(sd.doc, Set.of(CatalogFields.CODE)).get(CatalogFields.CODE);
                Candidate c = out.computeIfAbsent(code, Candidate::new);
                if (sd.score > c.lex) {
                    c.lex = sd.score;
                    c.lexPassage = i;
                }
                IndexedEntry e = entries.apply(code);
                if (e != null) {
                    double share = pairPrecision(p.pairs, e.templatePairSet(), idf);
                    if (share > c.pastedLine) {
                        c.pastedLine = share;
                        c.pastedPassage = i;
                    }
                }
            }
        }
    }

    private void semantic(IndexSearcher searcher, List<Passage> passages, int perPassage, Map<String, Candidate> out)
            throws IOException {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            if (passages.get(i).sentence && passages.get(i).words.size() >= 2) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparingInt((Integer i) -> passages.get(i).words.size()).reversed());
        StoredFields stored = searcher.storedFields();
        Query vectorsOnly = new TermQuery(new Term(EntryDocuments.KIND, EntryDocuments.KIND_VECTOR));
        for (int i : order.subList(0, Math.min(SEMANTIC_PASSAGES, order.size()))) {
            float[] v = encoder.encode(passages.get(i).text);
            TopDocs top = searcher.search(new KnnFloatVectorQuery(CatalogFields.VECTOR, v, perPassage,
                    vectorsOnly), perPassage);
            double mean = 0;
            for (ScoreDoc sd : top.scoreDocs) {
                mean += (2 * sd.score - 1) / top.scoreDocs.length;
            }
            for (ScoreDoc sd : top.scoreDocs) {
                String code = stored.document(sd.doc, Set.of(CatalogFields.CODE)).get(CatalogFields.CODE);
                double cosine = 2 * sd.score - 1;
                Candidate c = out.computeIfAbsent(code, Candidate::new);
                if (cosine > c.sem) {
                    c.sem = cosine;
                    c.semPassage = i;
                }
                c.semLift = Math.max(c.semLift, cosine - mean);
            }
        }
    }

    /**
     * How much of a passage is the template: the weighted share of the passage's word pairs known to the catalog
     * that this template has, scaled down for passages with little weight (a two-word line proves little).
     */
    static double pairPrecision(List<String> pairs, Set<String> template, Idf idf) {
        double total = 0;
        double found = 0;
        for (String pair : pairs) {
            if (idf.docFreq(CatalogFields.MESSAGE_PAIRS, pair) == 0) {
                continue;
            }
            double w = idf.of(CatalogFields.MESSAGE_PAIRS, pair);
            total += w;
            if (template.contains(pair)) {
                found += w;
            }
        }
        return total == 0 ? 0 : found / total * Math.min(1.0, total / PASTED_LINE_WEIGHT);
    }

    private static void symptoms(Candidate c, IndexedEntry e, List<Passage> passages, Idf idf) {
        if (e.symptomWords().isEmpty()) {
            return;
        }
        for (int i = 0; i < passages.size(); i++) {
            Set<String> words = new HashSet<>();
            passages.get(i).words.forEach(w -> words.add(w.term()));
            for (List<String> symptom : e.symptomWords()) {
                Coverage cov = coverage(symptom, words, CatalogFields.WORDS, idf);
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

    private record Coverage(double share, double total) {
    }

    /**
     * A passage with its analysed terms.
     *
     * @param text     the passage
     * @param sentence whether it is a whole sentence (worth embedding)
     * @param words    prose terms, each with its weight in the query
     * @param pairs    word pairs
     * @param extra    further should-clauses (code spellings in a search)
     */
    public record Passage(String text, boolean sentence, List<TextQuery.WeightedTerm> words, List<String> pairs,
                          List<Query> extra) {

        /** This passage with more terms and clauses. */
        public Passage with(List<TextQuery.WeightedTerm> moreWords, List<Query> moreClauses) {
            List<TextQuery.WeightedTerm> w = new ArrayList<>(words);
            w.addAll(moreWords);
            List<Query> x = new ArrayList<>(extra);
            x.addAll(moreClauses);
            return new Passage(text, sentence, w, pairs, x);
        }

        /** The prose terms without weights. */
        public Set<String> terms() {
            Set<String> out = new LinkedHashSet<>();
            words.forEach(w -> out.add(w.term()));
            return out;
        }
    }

    /** The outcome of ranking: candidates best first, and the passages they were found in. */
    public record Ranking(List<Candidate> candidates, List<Passage> passages) {
    }

    /** A code found for a text, with its features. */
    public static final class Candidate {
        final String code;
        IndexedEntry entry;
        double lex;
        int lexPassage = -1;
        double sem;
        double semLift;
        int semPassage = -1;
        double pastedLine;
        int pastedPassage = -1;
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

        public double score() {
            return score;
        }

        @Override
        public String toString() {
            return String.format("%s score=%.3f cover=%.2f line=%.2f words=%.2f tw=%.1f lex=%.2f(%.1f) sym=%.2f "
                    + "sem=%.2f lift=%.2f", code, score, cover, pastedLine, coverWords, templateWeight, lexRel, lex,
                    symptom, sem, semLift);
        }
    }
}
