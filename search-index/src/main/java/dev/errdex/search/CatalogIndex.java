package dev.errdex.search;

import dev.errdex.catalog.CatalogEntry;

import java.util.Collection;
import java.util.List;

/**
 * The Lucene index over the catalog. Long-lived: one per process, built from the catalog, updated in place when an
 * entry is added, edited or deprecated. Thread-safe.
 *
 * <p>PUBLIC API CONTRACT (skeleton: the implementation is being written).
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

    /** Search for people: short query, any characters, highlighted snippets. */
    List<SearchHit> search(String query, int limit);

    /** Adds or replaces one entry; visible to match and search when this returns. */
    void upsert(CatalogEntry entry);

    /** Adds or replaces many entries in one commit. */
    void upsertAll(Collection<CatalogEntry> entries);

    /** Removes a code (deprecated codes stay indexed; use this only for deleted ones). */
    void remove(String code);

    /** Adds a confirmed support text as extra evidence for a code (learning from people's feedback). */
    void addEvidence(String code, String text);

    /** Number of codes indexed. */
    int size();

    @Override
    void close();
}
