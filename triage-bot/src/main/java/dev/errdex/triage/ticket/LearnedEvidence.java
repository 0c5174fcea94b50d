package dev.errdex.triage.ticket;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The learned evidence stored in the database, as an index is built from it.
 *
 * @param texts per code, its confirmed support texts, oldest (lowest id) first
 * @param ids   the ids of the rows read
 */
public record LearnedEvidence(Map<String, List<String>> texts, Set<Long> ids) {

    public LearnedEvidence {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        texts.forEach((code, list) -> copy.put(code, List.copyOf(list)));
        texts = Collections.unmodifiableMap(copy);
        ids = Set.copyOf(ids);
    }

    /** The highest id read, 0 when there is none. */
    public long maxId() {
        return ids.stream().mapToLong(Long::longValue).max().orElse(0);
    }
}
