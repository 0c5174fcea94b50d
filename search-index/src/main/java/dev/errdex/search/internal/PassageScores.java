package dev.errdex.search.internal;

import java.util.Arrays;
import java.util.List;

/**
 * Scores passages the way the Lucene query {@link TextQuery#build} makes of them would, without running a query: a
 * passage's score for a document is the sum of its clauses' scores, and each clause's score in every document is read
 * once per index reader and kept ({@link ReaderStats#scores}). An email is a
 * hundred short queries against the same small catalog; adding up cached postings costs a fraction of building,
 * weighting and running each query. Not thread-safe: one instance per ranking.
 */
final class PassageScores {

    private final TextQuery query;
    private final ReaderStats.QueryScores clauses;
    private final float[] sums;
    private final boolean[] hit;
    private int[] touched = new int[64];
    private int touchedCount;
    /**
     * The clause {@link #presence} looked up last, and its term (the same instance): {@link TextQuery#forEachClause}
     * asks for a term's fields just before it hands the term over, so each clause is looked up once.
     */
    private ReaderStats.Clause last;
    private String lastTerm;
    private final TextQuery.Presence presence;
    private final TextQuery.Clauses adder;

    PassageScores(ReaderStats stats, TextQuery query) {
        this.query = query;
        this.clauses = stats.scores(query);
        this.sums = new float[stats.maxDoc()];
        this.hit = new boolean[stats.maxDoc()];
        this.presence = (fields, term) -> {
            last = clauses.wordFields(fields) ? clauses.word(term) : clauses.pair(term);
            lastTerm = term;
            return last.fields();
        };
        this.adder = new TextQuery.Clauses() {
            @Override
            public void word(TextQuery.WeightedTerm w, long fields) {
                add((lastTerm == w.term() ? last : clauses.word(w.term())).scores(), w.weight());
            }

            @Override
            public void pair(String pair, long fields) {
                add((lastTerm == pair ? last : clauses.pair(pair)).scores(), 1f);
            }
        };
    }

    /**
     * The {@code k} documents with the best score for {@code words} and {@code pairs}, best first (ties: lower
     * document id first, as Lucene orders them).
     */
    ScoredDoc[] top(List<TextQuery.WeightedTerm> words, List<String> pairs, int k) {
        touchedCount = 0;
        query.forEachClause(words, pairs, presence, adder);
        ScoredDoc[] best = select(k);
        for (int i = 0; i < touchedCount; i++) {
            int d = touched[i];
            sums[d] = 0;
            hit[d] = false;
        }
        return best;
    }

    private void add(ReaderStats.TermScores scores, float weight) {
        int[] docs = scores.docs();
        float[] s = scores.scores();
        for (int i = 0; i < docs.length; i++) {
            int d = docs[i];
            if (!hit[d]) {
                hit[d] = true;
                if (touchedCount == touched.length) {
                    touched = Arrays.copyOf(touched, touchedCount * 2);
                }
                touched[touchedCount++] = d;
            }
            sums[d] += weight == 1f ? s[i] : weight * s[i];
        }
    }

    /** The k best of the touched documents: a bounded min-heap on (score, -doc). */
    private ScoredDoc[] select(int k) {
        int size = Math.min(k, touchedCount);
        int[] heap = new int[size];
        int n = 0;
        for (int i = 0; i < touchedCount; i++) {
            int d = touched[i];
            if (n < size) {
                heap[n] = d;
                up(heap, n++);
            } else if (better(d, heap[0])) {
                heap[0] = d;
                down(heap, n);
            }
        }
        ScoredDoc[] out = new ScoredDoc[n];
        for (int i = n - 1; i >= 0; i--) {
            out[i] = new ScoredDoc(heap[0], sums[heap[0]]);
            heap[0] = heap[i];
            down(heap, i);
        }
        return out;
    }

    private boolean better(int a, int b) {
        return sums[a] > sums[b] || sums[a] == sums[b] && a < b;
    }

    private void up(int[] heap, int i) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (!better(heap[parent], heap[i])) {
                break;
            }
            swap(heap, i, parent);
            i = parent;
        }
    }

    private void down(int[] heap, int n) {
        int i = 0;
        while (true) {
            int l = 2 * i + 1;
            int r = l + 1;
            int worst = i;
            if (l < n && better(heap[worst], heap[l])) {
                worst = l;
            }
            if (r < n && better(heap[worst], heap[r])) {
                worst = r;
            }
            if (worst == i) {
                return;
            }
            swap(heap, i, worst);
            i = worst;
        }
    }

    private static void swap(int[] heap, int i, int j) {
        int t = heap[i];
        heap[i] = heap[j];
        heap[j] = t;
    }

    /** A document and its score. */
    record ScoredDoc(int doc, float score) {
    }
}
