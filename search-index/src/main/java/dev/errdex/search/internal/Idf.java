package dev.errdex.search.internal;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Inverse document frequencies read from one index reader (BM25's formula), cached for the life of one request.
 * A term no document has gets the highest weight a term of the field can have.
 */
final class Idf {

    private final IndexReader reader;
    private final Map<String, Double> cache = new HashMap<>();
    private final Map<String, Integer> docCounts = new HashMap<>();

    Idf(IndexReader reader) {
        this.reader = reader;
    }

    /** The weight of {@code term} in {@code field}: ln(1 + (N - df + 0.5) / (df + 0.5)). */
    double of(String field, String term) {
        return cache.computeIfAbsent(field + '\u0000' + term, k -> {
            int n = docCount(field);
            int df = docFreq(field, term);
            return Math.log(1 + (n - df + 0.5) / (df + 0.5));
        });
    }

    /** How many documents have {@code term} in {@code field}. */
    int docFreq(String field, String term) {
        try {
            return reader.docFreq(new Term(field, term));
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
