package dev.errdex.search.internal;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.util.Bits;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the ranking needs from one index reader, cached for as long as that reader is current (until the catalog
 * changes): term weights and document frequencies, the code of a document id, and each term's {@link TermStates}
 * (where its postings are in every segment), so that a term query of a later passage or email does not look the
 * term up in the terms dictionary again; and each query term's score in every document that has it
 * ({@link #scores}), read once through Lucene's own scorer and the searcher's similarity, so
 * that {@link PassageScores} can score a passage without running a query. Thread-safe.
 */
final class ReaderStats implements TextQuery.Presence {

    /** Terms remembered per field; past that the field's cache starts over (bounded for hostile input). */
    static final int MAX_CACHED_TERMS = 200_000;

    /**
     * Characters of terms remembered, summed over every per-term cache (an upper bound: clearing one field's cache does
     * not give its characters back); past that all per-term caches start over.
     */
    static final long MAX_CACHED_TERM_CHARS = 4_000_000;

    private final AtomicLong cachedTermChars = new AtomicLong();

    private final IndexReader reader;
    private final Map<String, Map<String, Double>> idf = new ConcurrentHashMap<>();
    /** {@link #knownIdf} in one look-up (it is asked for every word and pair of every passage). */
    private final Map<String, Map<String, Double>> knownIdf = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Integer>> df = new ConcurrentHashMap<>();
    private final Map<String, Integer> docCounts = new ConcurrentHashMap<>();
    private final Map<List<String>, Map<String, Long>> presence = new ConcurrentHashMap<>();
    private final Map<String, Map<String, TermStates>> states = new ConcurrentHashMap<>();
    /** Postings kept (documents summed over all cached terms); past that the caches start over. */
    static final int MAX_CACHED_POSTINGS = 4_000_000;

    private final Map<TextQuery, QueryScores> queryScores = new ConcurrentHashMap<>();
    private final AtomicLong cachedPostings = new AtomicLong();
    private final Map<String, EntryWeights> entryWeights = new ConcurrentHashMap<>();
    private volatile String[] codes;
    private final IndexSearcher lookup;

    /** @param searcher a searcher on the reader, with the similarity that scores it */
    ReaderStats(IndexSearcher searcher) {
        this.reader = searcher.getIndexReader();
        this.lookup = searcher;
    }

    IndexReader reader() {
        return reader;
    }

    /**
     * Makes room for {@code term} in one of the per-term caches: past {@link #MAX_CACHED_TERMS} terms that cache starts
     * over, past {@link #MAX_CACHED_TERM_CHARS} characters all of them do.
     */
    private void bound(Map<String, ?> perTerm, String term) {
        if (perTerm.size() > MAX_CACHED_TERMS) {
            perTerm.clear();
        }
        if (!perTerm.containsKey(term) && cachedTermChars.addAndGet(term.length()) > MAX_CACHED_TERM_CHARS) {
            idf.values().forEach(Map::clear);
            knownIdf.values().forEach(Map::clear);
            df.values().forEach(Map::clear);
            states.values().forEach(Map::clear);
            presence.values().forEach(Map::clear);
            queryScores.values().forEach(QueryScores::clear);
            cachedTermChars.set(term.length());
        }
    }

    /** Characters of terms the per-term caches hold now (an upper bound). */
    long cachedTermChars() {
        return cachedTermChars.get();
    }

    /** Terms the per-term caches hold now, summed over the caches. */
    int cachedTerms() {
        int n = 0;
        for (Map<String, ?> m : idf.values()) {
            n += m.size();
        }
        for (Map<String, ?> m : knownIdf.values()) {
            n += m.size();
        }
        for (Map<String, ?> m : df.values()) {
            n += m.size();
        }
        for (Map<String, ?> m : states.values()) {
            n += m.size();
        }
        for (Map<String, ?> m : presence.values()) {
            n += m.size();
        }
        for (QueryScores q : queryScores.values()) {
            n += q.size();
        }
        return n;
    }

    /** The weight of {@code term} in {@code field}: ln(1 + (N - df + 0.5) / (df + 0.5)). */
    double idf(String field, String term) {
        Map<String, Double> perField = idf.computeIfAbsent(field, f -> new ConcurrentHashMap<>());
        Double known = perField.get(term);
        if (known != null) {
            return known;
        }
        bound(perField, term);
        int n = docCount(field);
        int d = docFreq(field, term); // outside the map's compute: it may make room in every cache
        double idfOfTerm = Math.log(1 + (n - d + 0.5) / (d + 0.5));
        perField.put(term, idfOfTerm);
        return idfOfTerm;
    }

    /** The weight of {@code term} in {@code field} when some document has it there; 0 for a term no document has. */
    double knownIdf(String field, String term) {
        Map<String, Double> perField = knownIdf.computeIfAbsent(field, f -> new ConcurrentHashMap<>());
        Double known = perField.get(term);
        if (known != null) {
            return known;
        }
        bound(perField, term);
        double w = docFreq(field, term) == 0 ? 0 : idf(field, term); // may make room in every cache
        perField.put(term, w);
        return w;
    }

    /** How many documents have {@code term} in {@code field}. */
    int docFreq(String field, String term) {
        Map<String, Integer> perField = df.computeIfAbsent(field, f -> new ConcurrentHashMap<>());
        Integer known = perField.get(term);
        if (known != null) {
            return known;
        }
        bound(perField, term);
        return perField.computeIfAbsent(term, t -> {
            try {
                return reader.docFreq(new Term(field, t));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * A term query that carries the term's cached {@link TermStates}: valid for searches on this reader only (the
     * ranker asks for the stats of the searcher's reader before building queries).
     */
    @Override
    public Query term(String field, String term) {
        Map<String, TermStates> perField = states.computeIfAbsent(field, f -> new ConcurrentHashMap<>());
        Term t = new Term(field, term);
        TermStates known = perField.get(term);
        if (known != null) {
            return new TermQuery(t, known);
        }
        bound(perField, term);
        TermStates s = perField.computeIfAbsent(term, x -> {
            try {
                return TermStates.build(lookup, t, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return new TermQuery(t, s);
    }

    /** Bit i is set when some document has {@code term} in {@code fields.get(i)}; cached per term. */
    @Override
    public long fieldsWith(List<String> fields, String term) {
        Map<String, Long> perTerm = presence.computeIfAbsent(fields, f -> new ConcurrentHashMap<>());
        Long known = perTerm.get(term);
        if (known != null) {
            return known;
        }
        bound(perTerm, term);
        long bits = 0;
        for (int i = 0; i < fields.size(); i++) {
            if (docFreq(fields.get(i), term) > 0) { // outside the map's compute: it may make room in every cache
                bits |= 1L << i;
            }
        }
        perTerm.put(term, bits);
        return bits;
    }

    /**
     * The clause scores of {@code query} under this reader. Look it up once per ranking and keep it: the look-up
     * hashes the query's field boosts.
     */
    QueryScores scores(TextQuery query) {
        return queryScores.computeIfAbsent(query, QueryScores::new);
    }

    /**
     * What each clause of one query kind adds to each document's score, kept per term together with the fields that
     * have the term: one look-up per word or pair of a passage.
     */
    final class QueryScores {
        private final TextQuery query;
        private final List<String> wordNames;
        private final List<String> pairNames;
        private final Map<String, Clause> words = new ConcurrentHashMap<>();
        private final Map<String, Clause> pairs = new ConcurrentHashMap<>();

        private QueryScores(TextQuery query) {
            this.query = query;
            this.wordNames = List.copyOf(query.wordFields().keySet());
            this.pairNames = List.copyOf(query.pairFields().keySet());
        }

        /** Whether {@code fields} are this query's word fields (else its pair fields), as {@link TextQuery} names them. */
        boolean wordFields(List<String> fields) {
            return fields.equals(wordNames);
        }

        /**
         * The word clause for {@code term}: the word fields that have it ({@link #fieldsWith}) and what it adds to each
         * document's score, the best of its boosted field scores plus the query's tie-breaker share of the others (a
         * {@code DisjunctionMaxQuery} of those fields), before the term's own weight.
         */
        Clause word(String term) {
            Clause c = words.get(term);
            return c != null ? c : cache(words, term, true);
        }

        /** The pair clauses for {@code pair}: the pair fields that have it and their boosted sum per document. */
        Clause pair(String pair) {
            Clause c = pairs.get(pair);
            return c != null ? c : cache(pairs, pair, false);
        }

        private Clause cache(Map<String, Clause> perTerm, String term, boolean word) {
            long fields = fieldsWith(word ? wordNames : pairNames, term);
            TermScores scores = fields == 0 ? NO_SCORES : word
                    ? combine(query.wordFields(), term, fields, true, query.tieBreaker())
                    : combine(query.pairFields(), term, fields, false, 0f);
            if (cachedPostings.addAndGet(scores.docs().length) > MAX_CACHED_POSTINGS) {
                queryScores.values().forEach(QueryScores::clear);
                cachedPostings.set(scores.docs().length);
            }
            bound(perTerm, term);
            Clause c = new Clause(fields, scores);
            perTerm.put(term, c);
            return c;
        }

        private void clear() {
            words.clear();
            pairs.clear();
        }

        private int size() {
            return words.size() + pairs.size();
        }
    }

    private static final TermScores NO_SCORES = new TermScores(new int[0], new float[0]);

    /**
     * A query term's clause under this reader.
     *
     * @param fields bit i set when field i of the query's word (or pair) fields has the term; 0 for no clause
     * @param scores what the clause adds to each document's score (empty for no clause)
     */
    record Clause(long fields, TermScores scores) {
    }

    private TermScores combine(Map<String, Float> boosts, String term, long fields, boolean bestField,
                               float tieBreaker) {
        List<String> names = List.copyOf(boosts.keySet());
        TermScores[] perField = new TermScores[names.size()];
        int total = 0;
        for (int f = 0; f < names.size(); f++) {
            if ((fields & (1L << f)) != 0) {
                perField[f] = fieldScores(names.get(f), term, boosts.get(names.get(f)));
                total += perField[f].docs().length;
            }
        }
        int[] docs = new int[total];
        int n = 0;
        for (TermScores s : perField) {
            if (s != null) {
                System.arraycopy(s.docs(), 0, docs, n, s.docs().length);
                n += s.docs().length;
            }
        }
        Arrays.sort(docs);
        int distinct = 0;
        for (int i = 0; i < docs.length; i++) {
            if (i == 0 || docs[i] != docs[i - 1]) {
                docs[distinct++] = docs[i];
            }
        }
        docs = Arrays.copyOf(docs, distinct);
        float[] scores = new float[distinct];
        float[] max = new float[distinct];
        double[] others = new double[distinct];
        for (TermScores s : perField) {
            if (s == null) {
                continue;
            }
            for (int i = 0; i < s.docs().length; i++) {
                int at = Arrays.binarySearch(docs, s.docs()[i]);
                float score = s.scores()[i];
                if (!bestField) {
                    others[at] += score;
                } else if (score >= max[at]) {
                    others[at] += max[at];
                    max[at] = score;
                } else {
                    others[at] += score;
                }
            }
        }
        for (int i = 0; i < distinct; i++) {
            scores[i] = bestField ? (float) (max[i] + others[i] * tieBreaker) : (float) others[i];
        }
        return new TermScores(docs, scores);
    }

    /** The boosted score of {@code term} in {@code field} for every live document that has it, by document id. */
    private TermScores fieldScores(String field, String term, float boost) {
        try {
            Query q = term(field, term);
            Weight weight = lookup.createWeight(lookup.rewrite(q), ScoreMode.COMPLETE, boost);
            int size = docFreq(field, term);
            int[] docs = new int[size];
            float[] scores = new float[size];
            int n = 0;
            for (LeafReaderContext leaf : reader.leaves()) {
                Scorer scorer = weight.scorer(leaf);
                if (scorer == null) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                DocIdSetIterator it = scorer.iterator();
                for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
                    if (live != null && !live.get(d)) {
                        continue;
                    }
                    if (n == docs.length) {
                        docs = Arrays.copyOf(docs, n * 2 + 1);
                        scores = Arrays.copyOf(scores, n * 2 + 1);
                    }
                    docs[n] = leaf.docBase + d;
                    scores[n++] = scorer.score();
                }
            }
            return new TermScores(Arrays.copyOf(docs, n), Arrays.copyOf(scores, n));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Number of document ids of the reader (the size of a per-document array). */
    int maxDoc() {
        return reader.maxDoc();
    }

    /**
     * Scores of one query term: {@code scores[i]} for document {@code docs[i]}, documents in increasing order.
     */
    record TermScores(int[] docs, float[] scores) {
    }

    /** The code of document {@code doc} (entry or vector document), null for none. */
    String code(int doc) {
        String[] known = codes;
        if (known == null) {
            known = readCodes();
            codes = known;
        }
        return known[doc];
    }

    private String[] readCodes() {
        String[] out = new String[reader.maxDoc()];
        try {
            for (LeafReaderContext leaf : reader.leaves()) {
                SortedDocValues values = leaf.reader().getSortedDocValues(CatalogFields.CODE);
                if (values == null) {
                    continue;
                }
                for (int d = values.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = values.nextDoc()) {
                    out[leaf.docBase + d] = values.lookupOrd(values.ordValue()).utf8ToString();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The term weights of {@code entry} under this reader (worked out again when the entry was replaced). */
    EntryWeights weights(IndexedEntry entry) {
        EntryWeights w = entryWeights.get(entry.code());
        if (w == null || w.entry != entry) {
            w = new EntryWeights(entry, this);
            entryWeights.put(entry.code(), w);
        }
        return w;
    }

    private int docCount(String field) {
        return docCounts.computeIfAbsent(field, f -> {
            try {
                return Math.max(1, reader.getDocCount(f));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
