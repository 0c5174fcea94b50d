package dev.errdex.search;

import dev.errdex.catalog.CatalogEntry;

import java.util.Collection;
import java.util.List;

/**
 * The Lucene index over the catalog. Long-lived: one per process, built from the catalog, updated in place when an
 * entry is added, edited or deprecated. Thread-safe.
 *
 * <p>Implemented by {@link LuceneCatalogIndex}; how it matches and searches is in docs/search.md. Failures are
 * {@link SearchIndexException}s carrying a stable errdex code ({@link SearchErrorCode}).
 */
public interface CatalogIndex extends AutoCloseable {

    /**
     * Ranks codes for a whole support text (signatures, quoted history, logs and all).
     *
     * @param text  the readable text of an email or a pasted message
     * @param limit most suggestions to return
     * @return suggestions best first; each with a confidence in [0,1] and an attach decision
     */
    List<Suggestion> match(String text, int limit);

    /**
     * Search for people: short query, any characters (nothing is parsed), typos tolerated, codes in any spelling.
     *
     * @param query what a person typed
     * @param limit most hits to return (at most 200)
     * @return hits best first, each with a snippet whose matched words are wrapped in {@code <mark>}
     */
    List<SearchHit> search(String query, int limit);

    /** Adds or replaces one entry; visible to match and search when this returns. */
    void upsert(CatalogEntry entry);

    /** Adds or replaces many entries in one commit. */
    void upsertAll(Collection<CatalogEntry> entries);

    /** Removes a code (deprecated codes stay indexed; use this only for deleted ones). */
    void remove(String code);

    /**
     * Adds a confirmed support text as extra evidence for a code (learning from people's feedback). Kept across
     * edits of the entry and on-disk rebuilds; the most recent 50 texts per code count.
     *
     * @throws SearchIndexException ({@code ERR_ERRDEX_1102}) when the code is not indexed
     */
    void addEvidence(String code, String text);

    /** Number of codes indexed. */
    int size();

    @Override
    void close();
}
