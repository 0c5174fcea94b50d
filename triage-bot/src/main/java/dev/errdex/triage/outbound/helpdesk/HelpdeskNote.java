package dev.errdex.triage.outbound.helpdesk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.UncheckedIOException;
import java.util.List;

/**
 * A note for one helpdesk ticket, as the outbox stores it for a helpdesk connector.
 *
 * @param system     the helpdesk
 * @param externalId the helpdesk's own ticket (conversation) id
 * @param ticketId   errdex's ticket
 * @param markdown   the note in Markdown
 * @param html       the same note in HTML (rendered from the Markdown by {@link NoteText})
 * @param tags       tags to add to the helpdesk ticket, e.g. {@code errdex_err_ngrok_8012} (attached codes only) and
 *                   their owners' {@code errdex-owner-acme-payments} ({@link NoteText#ownerTags})
 */
public record HelpdeskNote(HelpdeskSystem system, String externalId, String ticketId, String markdown, String html,
                           List<String> tags) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public HelpdeskNote {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** As stored in the outbox. */
    public String json() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a stored note back. */
    public static HelpdeskNote read(String json) {
        try {
            return JSON.readValue(json, HelpdeskNote.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
