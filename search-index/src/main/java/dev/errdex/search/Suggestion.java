package dev.errdex.search;

import java.util.List;

/**
 * A code suggested for a support text.
 *
 * @param code       canonical code
 * @param confidence calibrated in [0,1]: how likely this code is the right one
 * @param attach     true when the remediation may be attached without a person (high precision)
 * @param evidence   which sentences of the text matched which field of the entry
 */
public record Suggestion(String code, double confidence, boolean attach, List<Evidence> evidence) {

    public Suggestion {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /**
     * One piece of evidence.
     *
     * @param field    index field that matched: message, title, symptom, guide, learned, semantic...
     * @param sentence the sentence of the support text that matched
     * @param score    that sentence's contribution
     */
    public record Evidence(String field, String sentence, double score) {
    }
}
