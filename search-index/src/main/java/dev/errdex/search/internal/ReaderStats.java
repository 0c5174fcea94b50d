package dev.errdex.search.internal;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the ranking needs from one index reader, cached for as long as that reader is current (until the catalog
 * changes): term weights and document frequencies, and the code of a document id. Thread-safe.
 */
final class ReaderStats {

    /** Terms remembered per field; past that the field's cache starts over (bounded for hostile input). */
    static final int MAX_CACHED_TERMS = 200_000;

    private final IndexReader reader;
    private final Map<String, Map<String, Double>> idf = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Integer>> df = new ConcurrentHashMap<>();
    private final Map<String, Integer> docCounts = new ConcurrentHashMap<>();
    private final Map<List<String>, Map<String, Long>> presence = new ConcurrentHashMap<>();

    ReaderStats(IndexReader reader) {
        this.reader = reader;
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

    /** Bit i is set when some document has {@code term} in {@code fields.get(i)}; cached per term. */
    long fieldsWith(List<String> fields, String term) {
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
