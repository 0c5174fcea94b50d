package dev.errdex.triage.outbound.helpdesk;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A ticket's tags for helpdesks whose API replaces the whole list (Freshdesk, Help Scout): the ticket's own tags,
 * read from its JSON, with errdex's added.
 */
final class TagList {

    private TagList() {
    }

    /**
     * The tags to write back, or empty when errdex's are all there already.
     *
     * @param existing the ticket's {@code tags}: strings, or objects with a {@code tag} field (Help Scout)
     */
    static Optional<List<String>> withErrdexs(JsonNode existing, List<String> errdexs) {
        Set<String> tags = new LinkedHashSet<>();
        for (JsonNode t : existing) {
            String tag = t.isObject() ? t.path("tag").asText("") : t.asText("");
            if (!tag.isBlank()) {
                tags.add(tag);
            }
        }
        if (tags.containsAll(errdexs)) {
            return Optional.empty();
        }
        tags.addAll(errdexs);
        return Optional.of(List.copyOf(tags));
    }
}
