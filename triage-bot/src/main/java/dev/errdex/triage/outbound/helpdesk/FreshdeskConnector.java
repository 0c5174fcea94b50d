package dev.errdex.triage.outbound.helpdesk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.errdex.triage.outbound.DeliveryOutcome;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Freshdesk: tags first, then a private note, with Basic authentication by the API key ({@code apikey:X}).
 * Freshdesk's {@code PUT /api/v2/tickets/{id}} replaces the ticket's tags, so the ticket's tags are read
 * ({@code GET /api/v2/tickets/{id}}) and written back with errdex's added; that step is idempotent, so a retry after a
 * failed note does no harm. The note is {@code POST /api/v2/tickets/{id}/notes} with
 * {@code {"body": html, "private": true}}; it is the last call, so a note is not written twice by one attempt.
 */
public final class FreshdeskConnector implements HelpdeskConnector {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HelpdeskHttp http;
    private final Map<String, String> auth;

    public FreshdeskConnector(URI url, String apiKey, Duration connectTimeout, Duration requestTimeout) {
        this.http = new HelpdeskHttp(HelpdeskSystem.FRESHDESK.title(), "freshdesk", url, connectTimeout,
                requestTimeout);
        this.auth = Map.of("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                (apiKey + ":X").getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public DeliveryOutcome deliver(String payload, String idempotencyKey) {
        HelpdeskNote note = HelpdeskNote.read(payload);
        String path = "/api/v2/tickets/" + HelpdeskHttp.segment(note.externalId());
        if (!note.tags().isEmpty()) {
            DeliveryOutcome tagged = addTags(path, note);
            if (tagged.kind() != DeliveryOutcome.Kind.DELIVERED) {
                return tagged;
            }
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("body", note.html());
        body.put("private", true);
        return http.send(http.json("POST", path + "/notes", body.toString(), auth).build(), note.externalId());
    }

    private DeliveryOutcome addTags(String path, HelpdeskNote note) {
        HelpdeskHttp.Answer current = http.call(http.json("GET", path, "", auth).GET().build(), note.externalId());
        if (!current.ok()) {
            return current.outcome();
        }
        JsonNode existing;
        try {
            existing = JSON.readTree(current.response().body()).path("tags");
        } catch (IOException e) {
            existing = JSON.createArrayNode(); // an unreadable answer: write errdex's tags alone rather than fail
        }
        Optional<List<String>> tags = TagList.withErrdexs(existing, note.tags());
        if (tags.isEmpty()) {
            return DeliveryOutcome.delivered("tags already there");
        }
        ObjectNode body = JSON.createObjectNode();
        tags.get().forEach(body.putArray("tags")::add);
        return http.send(http.json("PUT", path, body.toString(), auth).build(), note.externalId());
    }
}
