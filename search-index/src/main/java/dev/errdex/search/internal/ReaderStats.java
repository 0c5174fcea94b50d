package dev.errdex.search.internal;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the ranking needs from one index reader, cached for as long as that reader is current (until the catalog
 * changes): term weights and document frequencies, the code of a document id, and each term's {@link TermStates}
 * (where its postings are in every segment), so that a term query of a later passage or email does not look the
 * term up in the terms dictionary again. Thread-safe.
 */
final class ReaderStats implements TextQuery.Presence {

    /** Terms remembered per field; past that the field's cache starts over (bounded for hostile input). */
    static final int MAX_CACHED_TERMS = 200_000;

    private final IndexReader reader;
    private final Map<String, Map<String, Double>> idf = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Integer>> df = new ConcurrentHashMap<>();
    private final Map<String, Integer> docCounts = new ConcurrentHashMap<>();
    private final Map<List<String>, Map<String, Long>> presence = new ConcurrentHashMap<>();
    private final Map<String, Map<String, TermStates>> states = new ConcurrentHashMap<>();
    private final IndexSearcher lookup;

    ReaderStats(IndexReader reader) {
        this.reader = reader;
        this.lookup = new IndexSearcher(reader);
    }

    IndexReader reader() {
        return reader;
    }

    /** The weight of {@code term} in {@code field}: ln(1 + (N - df + 0.5) / (df + 0.5)). */
    double idf(String field, String term) {
        Map<String, Double> perField = idf.computeIfAbsent(field, f -> new ConcurrentHashMap<>());
        if (perField.size() > MAX_CACHED_TERMS) {
            perField.clear();
        }
        return perField.computeIfAbsent(term, t -> {
            int n = docCount(field);
            int d = docFreq(field, t);
            return Math.log(1 + (n - d + 0.5) / (d + 0.5));
        });
    }

    /** How many documents have {@code term} in {@code field}. */
    int docFreq(String field, String term) {
        Map<String, Integer> perField = df.computeIfAbsent(field, f -> new ConcurrentHashMap<>());
        if (perField.size() > MAX_CACHED_TERMS) {
            perField.clear();
        }
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
        if (perField.size() > MAX_CACHED_TERMS) {
            perField.clear();
        }
        Term t = new Term(field, term);
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
        if (perTerm.size() > MAX_CACHED_TERMS) {
            perTerm.clear();
        }
        return perTerm.computeIfAbsent(term, t -> {
            long bits = 0;
            for (int i = 0; i < fields.size(); i++) {
                if (docFreq(fields.get(i), t) > 0) {
                    bits |= 1L << i;
                }
            }
            return bits;
        });
    }

    /** The code of document {@code doc} (entry or vector document). */
    String code(int doc) {
        LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
        try {
            SortedDocValues codes = leaf.reader().getSortedDocValues(CatalogFields.CODE);
            if (codes == null || !codes.advanceExact(doc - leaf.docBase)) {
                return null;
            }
            return codes.lookupOrd(codes.ordValue()).utf8ToString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
