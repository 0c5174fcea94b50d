package dev.errdex.search.internal;

import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;

/**
 * BM25 whose term weight (idf) counts all documents of the index, not only those that have the field. Symptom
 * phrases, fix guides and learned texts exist for some codes only; with Lucene's per-field count a word that only one
 * code's learned text has would weigh almost nothing, because that field's document count is one.
 */
public final class CatalogSimilarity extends BM25Similarity {

    @Override
    public Explanation idfExplain(CollectionStatistics collection, TermStatistics term) {
        long df = term.docFreq();
        long n = Math.max(collection.maxDoc(), collection.docCount());
        float idf = (float) Math.log(1 + (n - df + 0.5D) / (df + 0.5D));
        return Explanation.match(idf, "idf over all documents, computed as log(1 + (N - n + 0.5) / (n + 0.5)) from:",
                Explanation.match(df, "n, number of documents containing term"),
                Explanation.match(n, "N, total number of documents in the index"));
    }
}
