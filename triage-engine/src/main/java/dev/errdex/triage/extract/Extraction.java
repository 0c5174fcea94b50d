package dev.errdex.triage.extract;

import java.util.List;

/**
 * The codes written in an email.
 *
 * @param explicit catalog codes found, sorted, distinct
 * @param unknown  code-shaped strings not in the catalog, canonical, sorted, distinct (never mapped to a near code)
 * @param hits     the occurrences, in the order of the parts and offsets; at most
 *                 {@link CodeExtractor#MAX_HITS_PER_CODE} per code
 */
public record Extraction(List<String> explicit, List<String> unknown, List<CodeHit> hits) {

    public Extraction {
        explicit = List.copyOf(explicit);
        unknown = List.copyOf(unknown);
        hits = List.copyOf(hits);
    }

    /** Whether no code at all was found. */
    public boolean isEmpty() {
        return explicit.isEmpty() && unknown.isEmpty();
    }
}
