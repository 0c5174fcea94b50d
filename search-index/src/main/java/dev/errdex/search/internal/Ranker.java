package dev.errdex.search.internal;

import dev.errdex.catalog.CatalogEntry;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
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
 *   <li>window strength: the score of the query over the whole text's window relative to the best code's (a
 *       description spread over several sentences, which no single sentence finds; the window also brings its
 *       best codes in as candidates, but is not a passage for the other features);</li>
 *   <li>semantic lift: how far a passage's cosine to one of the code's sentences stands above that passage's
 *       average cosine to its nearest catalog sentences.</li>
 * </ul>
 * {@link RankWeights} orders the codes by these features.
 */
public final class Ranker {

    /** Codes each passage contributes. */
    static final int PER_PASSAGE = 8;
    /** Passages embedded in semantic mode (the most wordy sentences). */
    static final int SEMANTIC_PASSAGES = 3;
    /** Codes kept from the word queries (best lexical scores) for feature computation. */
    static final int LEXICAL_CANDIDATES = 40;
    /** Codes kept from the whole-text window's query (best window scores), besides the lexical candidates. */
    static final int WINDOW_CANDIDATES = PER_PASSAGE;
    /** Words in the window's query (the most informative ones). */
    static final int WINDOW_WORDS = 32;
    /** Pair weight from which a passage counts as long enough to be a pasted line. */
    static final double PASTED_LINE_WEIGHT = 20.0;

    private final CatalogAnalyzers analyzers;
    private final Function<String, IndexedEntry> entries;
    private final SentenceEncoder encoder;
    private final Priors priors = Priors.defaults();
    private volatile ReaderStats stats;

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
    public Passage passage(String text, TextPassages.Kind kind) {
        return passage(text, text, kind);
    }

    /**
     * A passage shown as {@code text} and analysed as {@code analysed} (its English gloss when it is written in
     * another language, see {@link Lexicon}).
     */
    public Passage passage(String text, String analysed, TextPassages.Kind kind) {
        PassageTerms terms = analyzers.passageTerms(analysed);
        if (terms != null) {
            return passage(text, terms, kind);
        }
        return passage(text, List.copyOf(new LinkedHashSet<>(analyzers.terms(CatalogFields.MESSAGE, analysed))),
                List.copyOf(new LinkedHashSet<>(analyzers.terms(CatalogFields.MESSAGE_PAIRS, analysed))), kind);
    }

    /** A passage shown as {@code text} whose words and pairs are {@code terms}. */
    Passage passage(String text, PassageTerms terms, TextPassages.Kind kind) {
        return passage(text, terms.words(), terms.pairs(), kind);
    }

    /** The terms of {@code analysed} in one pass (null when that does not apply; see {@link #passage}). */
    PassageTerms terms(String analysed) {
        return analyzers.passageTerms(analysed);
    }

    /**
     * @param prose distinct prose words, in order
     * @param pairs distinct word pairs, in order
     */
    private static Passage passage(String text, List<String> prose, List<String> pairs, TextPassages.Kind kind) {
        List<TextQuery.WeightedTerm> words = new ArrayList<>(prose.size());
        for (String t : prose) {
            words.add(TextQuery.WeightedTerm.of(t));
        }
        return new Passage(text, kind, words, pairs, List.of());
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
        ReaderStats stats = stats(searcher);
        Map<String, Candidate> found = new HashMap<>();
        lexical(searcher, passages, query, perPassage, found, stats);
        List<Candidate> candidates = strongest(found.values());
        if (encoder != null) {
            semantic(searcher, passages, perPassage, found, candidates, stats);
        }
        Set<String> textPairs = new HashSet<>();
        Set<String> textWords = new HashSet<>();
        for (Passage p : passages) {
            textPairs.addAll(p.pairs);
            p.words.forEach(w -> textWords.add(w.term()));
        }
        SymptomMatcher symptoms = new SymptomMatcher(passages);
        double[][] weightsOf = new double[passages.size()][];
        double bestLex = candidates.stream().mapToDouble(c -> c.lex).max().orElse(0);
        double bestWindow = candidates.stream().mapToDouble(c -> c.windowLex).max().orElse(0);
        double bestSupport = candidates.stream().mapToDouble(c -> c.support).max().orElse(0);
        List<Candidate> ranked = new ArrayList<>();
        for (Candidate c : candidates) {
            IndexedEntry e = entries.apply(c.code);
            if (e == null) {
                continue;
            }
            c.entry = e;
            EntryWeights termWeights = stats.weights(e);
            c.cover = termWeights.pairs.share(textPairs);
            c.templateWeight = termWeights.pairs.total;
            c.coverWords = termWeights.words.share(textWords);
            c.lexRel = bestLex > 0 ? c.lex / bestLex : 0;
            c.windowRel = bestWindow > 0 ? c.windowLex / bestWindow : 0;
            c.supportRel = bestSupport > 0 ? c.support / bestSupport : 0;
            if (c.lexPassage >= 0) {
                c.explained = explained(passages.get(c.lexPassage), wordWeights(passages, c.lexPassage, weightsOf,
                        stats), termWeights);
            }
            symptoms.describe(c, termWeights);
            c.prior = priors.of(c.code);
            ranked.add(c);
        }
        pastedLines(ranked, passages, stats);
        for (Candidate c : ranked) {
            c.score = weights.score(c);
            c.textScore = weights.textScore(c);
            c.templateScore = weights.templateScore(c);
        }
        ranked.sort(Comparator.comparingDouble((Candidate c) -> c.score).reversed()
                .thenComparing(c -> c.entry.entry().status() == CatalogEntry.Status.DEPRECATED)
                .thenComparing(c -> c.entry.entry().number()));
        return new Ranking(ranked, passages);
    }

    private ReaderStats stats(IndexSearcher searcher) {
        ReaderStats s = stats;
        if (s == null || s.reader() != searcher.getIndexReader()) {
            s = new ReaderStats(searcher);
            stats = s;
        }
        return s;
    }

    /** The candidates with the best lexical scores ({@value #LEXICAL_CANDIDATES} at most). */
    private static List<Candidate> strongest(Collection<Candidate> found) {
        List<Candidate> all = new ArrayList<>(found);
        all.sort(Comparator.comparingDouble((Candidate c) -> c.lex).reversed());
        List<Candidate> kept = new ArrayList<>(all.subList(0, Math.min(LEXICAL_CANDIDATES, all.size())));
        all.sort(Comparator.comparingDouble((Candidate c) -> c.windowLex).reversed());
        Set<Candidate> in = new HashSet<>(kept);
        for (int i = 0; i < Math.min(WINDOW_CANDIDATES, all.size()) && all.get(i).windowLex > 0; i++) {
            if (in.add(all.get(i))) {
                kept.add(all.get(i));
            }
        }
        return kept;
    }

    /**
     * Word queries for whole sentences and the window (and for passages that carry clauses of their own): scored from
     * cached postings ({@link PassageScores}), or as a Lucene query when the passage has extra clauses.
     */
    private void lexical(IndexSearcher searcher, List<Passage> passages, TextQuery query, int perPassage,
                         Map<String, Candidate> out, ReaderStats stats) throws IOException {
        PassageScores scores = null;
        for (int i = 0; i < passages.size(); i++) {
            Passage p = passages.get(i);
            boolean window = p.window();
            if (!p.sentence() && !window && p.extra.isEmpty()
                    || p.words.isEmpty() && p.pairs.isEmpty() && p.extra.isEmpty()) {
                continue;
            }
            List<TextQuery.WeightedTerm> words = window ? informative(p.words, stats) : p.words;
            if (p.extra.isEmpty()) {
                if (scores == null) {
                    scores = new PassageScores(stats, query);
                }
                PassageScores.ScoredDoc[] top = scores.top(words, p.pairs, perPassage);
                float best = top.length == 0 ? 0 : top[0].score();
                for (PassageScores.ScoredDoc sd : top) {
                    found(out, stats.code(sd.doc()), sd.score(), i, window, best);
                }
            } else {
                TopDocs top = searcher.search(query.build(words, p.pairs, p.extra, stats), perPassage);
                float best = top.scoreDocs.length == 0 ? 0 : top.scoreDocs[0].score;
                for (ScoreDoc sd : top.scoreDocs) {
                    found(out, stats.code(sd.doc), sd.score, i, window, best);
                }
            }
        }
    }

    private static void found(Map<String, Candidate> out, String code, float score, int passage, boolean window,
                              float best) {
        if (code == null) {
            return;
        }
        Candidate c = out.computeIfAbsent(code, Candidate::new);
        if (!window && best > 0) {
            c.support += score / best;
        }
        if (window) {
            if (score > c.windowLex) {
                c.windowLex = score;
                c.windowPassage = passage;
            }
        } else if (score > c.lex) {
            c.lex = score;
            c.lexPassage = passage;
        }
    }

    /**
     * The window's {@value #WINDOW_WORDS} words of highest weight (catalog words only), in reading order: what the
     * text is about across its sentences. (Its word pairs stay in the query: without them a pasted message's window
     * favours codes with rare words over the pasted template, and synthetic pastes lose about 1 % at top 1.)
     */
    private static List<TextQuery.WeightedTerm> informative(List<TextQuery.WeightedTerm> words, ReaderStats stats) {
        List<TextQuery.WeightedTerm> known = new ArrayList<>();
        List<Double> idf = new ArrayList<>();
        for (TextQuery.WeightedTerm w : words) {
            double weight = stats.knownIdf(CatalogFields.WORDS, w.term());
            if (weight > 0) {
                known.add(w);
                idf.add(weight);
            }
        }
        if (known.size() <= WINDOW_WORDS) {
            return known;
        }
        List<Integer> best = new ArrayList<>(known.size());
        for (int i = 0; i < known.size(); i++) {
            best.add(i);
        }
        best.sort(Comparator.comparingDouble((Integer i) -> idf.get(i)).reversed());
        boolean[] keep = new boolean[known.size()];
        for (int i : best.subList(0, WINDOW_WORDS)) {
            keep[i] = true;
        }
        List<TextQuery.WeightedTerm> out = new ArrayList<>(WINDOW_WORDS);
        for (int i = 0; i < known.size(); i++) {
            if (keep[i]) {
                out.add(known.get(i));
            }
        }
        return out;
    }

    private void semantic(IndexSearcher searcher, List<Passage> passages, int perPassage, Map<String, Candidate> found,
                          List<Candidate> candidates, ReaderStats stats) throws IOException {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            if (passages.get(i).sentence() && passages.get(i).words.size() >= 2) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparingInt((Integer i) -> passages.get(i).words.size()).reversed());
        Set<Candidate> kept = new HashSet<>(candidates);
        for (int i : order.subList(0, Math.min(SEMANTIC_PASSAGES, order.size()))) {
            float[] v = encoder.encode(passages.get(i).text);
            TopDocs top = searcher.search(new KnnFloatVectorQuery(CatalogFields.VECTOR, v, perPassage), perPassage);
            double mean = 0;
            for (ScoreDoc sd : top.scoreDocs) {
                mean += (2 * sd.score - 1) / top.scoreDocs.length;
            }
            double best = top.scoreDocs.length == 0 ? 0 : 2 * top.scoreDocs[0].score - 1;
            double spread = Math.max(best - mean, 1e-6);
            for (ScoreDoc sd : top.scoreDocs) {
                String code = stats.code(sd.doc);
                if (code == null) {
                    continue;
                }
                double cosine = 2 * sd.score - 1;
                Candidate c = found.computeIfAbsent(code, Candidate::new);
                if (kept.add(c)) {
                    candidates.add(c);
                }
                if (cosine > c.sem) {
                    c.sem = cosine;
                    c.semPassage = i;
                }
                c.semLift = Math.max(c.semLift, (cosine - mean) / spread);
            }
        }
    }

    /**
     * The pasted-line feature of every candidate: for each passage, the weighted share of its word pairs known to
     * the catalog that the candidate's template has, scaled down for passages with little weight (a two-word line
     * proves little); the best passage counts.
     */
    private static void pastedLines(List<Candidate> candidates, List<Passage> passages, ReaderStats stats) {
        Map<String, List<Integer>> byPair = new HashMap<>();
        for (int k = 0; k < candidates.size(); k++) {
            for (String pair : candidates.get(k).entry.templatePairs()) {
                byPair.computeIfAbsent(pair, x -> new ArrayList<>(2)).add(k);
            }
        }
        double[] share = new double[candidates.size()];
        int[] touched = new int[candidates.size()];
        for (int i = 0; i < passages.size(); i++) {
            if (passages.get(i).window()) {
                continue;
            }
            double total = 0;
            int n = 0;
            for (String pair : passages.get(i).pairs) {
                List<Integer> with = byPair.get(pair);
                double w = stats.knownIdf(CatalogFields.MESSAGE_PAIRS, pair);
                if (w == 0) {
                    continue;
                }
                total += w;
                if (with == null) {
                    continue;
                }
                for (int k : with) {
                    if (share[k] == 0) {
                        touched[n++] = k;
                    }
                    share[k] += w;
                }
            }
            double scale = Math.min(1.0, total / PASTED_LINE_WEIGHT) / Math.max(total, 1e-9);
            for (int t = 0; t < n; t++) {
                int k = touched[t];
                double s = share[k] * scale;
                share[k] = 0;
                Candidate c = candidates.get(k);
                if (s > c.pastedLine) {
                    c.pastedLine = s;
                    c.pastedPassage = i;
                }
            }
        }
    }

    /**
     * The weighted share of a passage's words that the entry has: full credit for a word of its title, message,
     * symptoms or learned texts, half for a word only its (longer, less specific) fix guide has.
     *
     * @param weights each word's weight in the passage (0 for a word no entry has), from {@link #wordWeights}
     */
    private static double explained(Passage p, double[] weights, EntryWeights entry) {
        double total = 0;
        double found = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] == 0) {
                continue;
            }
            total += weights[i];
            found += entry.credit(p.words.get(i).term()) * weights[i];
        }
        return total == 0 ? 0 : found / total;
    }

    /** The idf of each word of passage {@code i} times its query weight, worked out once per ranking. */
    private static double[] wordWeights(List<Passage> passages, int i, double[][] known, ReaderStats stats) {
        if (known[i] == null) {
            List<TextQuery.WeightedTerm> words = passages.get(i).words;
            double[] w = new double[words.size()];
            for (int k = 0; k < w.length; k++) {
                String term = words.get(k).term();
                w[k] = stats.knownIdf(CatalogFields.WORDS, term) * words.get(k).weight();
            }
            known[i] = w;
        }
        return known[i];
    }

    /**
     * The symptom feature: the best weighted share of one symptom phrase's words found in one passage (not the
     * window). Which passages have a word is looked up once per text, so a phrase costs its words' occurrences, not
     * a pass over every passage.
     */
    private static final class SymptomMatcher {
        private final Map<String, int[]> passagesWith = new HashMap<>();
        private final double[] found;
        private final int[] touched;

        SymptomMatcher(List<Passage> passages) {
            Map<String, List<Integer>> with = new HashMap<>();
            for (int i = 0; i < passages.size(); i++) {
                if (!passages.get(i).window()) {
                    for (TextQuery.WeightedTerm w : passages.get(i).words) {
                        with.computeIfAbsent(w.term(), k -> new ArrayList<>(2)).add(i);
                    }
                }
            }
            with.forEach((term, at) -> passagesWith.put(term, at.stream().mapToInt(Integer::intValue).toArray()));
            found = new double[passages.size()];
            touched = new int[passages.size()];
        }

        void describe(Candidate c, EntryWeights weights) {
            for (EntryWeights.Terms symptom : weights.symptoms) {
                if (symptom.total == 0) {
                    continue;
                }
                int n = 0;
                for (int k = 0; k < symptom.terms.length; k++) {
                    int[] at = passagesWith.get(symptom.terms[k]);
                    if (at == null) {
                        continue;
                    }
                    for (int p : at) {
                        if (found[p] == 0) {
                            touched[n++] = p;
                        }
                        found[p] += symptom.weights[k];
                    }
                }
                for (int t = 0; t < n; t++) {
                    int p = touched[t];
                    double share = found[p] / symptom.total;
                    if (share > c.symptom || share == c.symptom && c.symptomPassage > p) {
                        c.symptom = share;
                        c.symptomPassage = p;
                    }
                    found[p] = 0;
                }
            }
        }
    }

    /**
     * A passage with its analysed terms.
     *
     * @param text     the passage
     * @param kind     line, sentence or whole-text window
     * @param words    prose terms, each with its weight in the query
     * @param pairs    word pairs
     * @param extra    further should-clauses (code spellings in a search)
     */
    public record Passage(String text, TextPassages.Kind kind, List<TextQuery.WeightedTerm> words, List<String> pairs,
                          List<Query> extra) {

        /** Whether it is a whole sentence (a query of its own, worth embedding). */
        public boolean sentence() {
            return kind == TextPassages.Kind.SENTENCE;
        }

        /** Whether it is the whole-text window (a query for candidates; not used for features). */
        public boolean window() {
            return kind == TextPassages.Kind.WINDOW;
        }

        /** This passage with more terms and clauses. */
        public Passage with(List<TextQuery.WeightedTerm> moreWords, List<Query> moreClauses) {
            List<TextQuery.WeightedTerm> w = new ArrayList<>(words);
            w.addAll(moreWords);
            List<Query> x = new ArrayList<>(extra);
            x.addAll(moreClauses);
            return new Passage(text, kind, w, pairs, x);
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
        double windowLex;
        int windowPassage = -1;
        double windowRel;
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
        double explained;
        double prior;
        double support;
        double supportRel;
        double score;
        double textScore;
        double templateScore;

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

        /** The sum over sentences of this code's score relative to the sentence's best code (0 to the sentences). */
        public double support() {
            return support;
        }

        @Override
        public String toString() {
            return String.format("%s score=%.3f cover=%.2f line=%.2f words=%.2f tw=%.1f lex=%.2f(%.1f) window=%.2f "
                    + "support=%.2f(%.2f) prior=%.0f expl=%.2f sym=%.2f sem=%.2f lift=%.2f", code, score, cover,
                    pastedLine, coverWords, templateWeight, lexRel, lex, windowRel, supportRel, support, prior,
                    explained, symptom, sem, semLift);
        }
    }
}
