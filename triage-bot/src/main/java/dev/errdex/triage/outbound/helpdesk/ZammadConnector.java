package dev.errdex.triage.outbound.helpdesk;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.errdex.triage.outbound.DeliveryOutcome;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * Zammad: tags through {@code POST /api/v1/tags/add} ({@code {"item": tag, "object": "Ticket", "o_id": id}}, which
 * is idempotent), then an internal note, {@code POST /api/v1/ticket_articles} with {@code ticket_id}, {@code body},
 * {@code content_type: text/html}, {@code type: note} and {@code internal: true}; authentication
 * {@code Authorization: Token token=<token>}.
 */
public final class ZammadConnector implements HelpdeskConnector {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HelpdeskHttp http;
    private final Map<String, String> auth;

    public ZammadConnector(URI url, String token, Duration connectTimeout, Duration requestTimeout) {
        this.http = new HelpdeskHttp(HelpdeskSystem.ZAMMAD.title(), "zammad", url, connectTimeout, requestTimeout);
        this.auth = Map.of("Authorization", "Token token=" + token);
    }

    @Override
    public DeliveryOutcome deliver(String payload, String idempotencyKey) {
        HelpdeskNote note = HelpdeskNote.read(payload);
        Object ticketId = numeric(note.externalId());
        for (String tag : note.tags()) {
            ObjectNode body = JSON.createObjectNode();
            body.put("item", tag);
            body.put("object", "Ticket");
            body.putPOJO("o_id", ticketId);
            DeliveryOutcome tagged = http.send(http.json("POST", "/api/v1/tags/add", body.toString(), auth).build(),
                    note.externalId());
            if (tagged.kind() != DeliveryOutcome.Kind.DELIVERED) {
                return tagged;
            }
        }
        ObjectNode article = JSON.createObjectNode();
        article.putPOJO("ticket_id", ticketId);
        article.put("subject", "errdex");
        article.put("body", note.html());
        article.put("content_type", "text/html");
        article.put("type", "note");
        article.put("internal", true);
        return http.send(http.json("POST", "/api/v1/ticket_articles", article.toString(), auth).build(),
                note.externalId());
    }

    /** Zammad's ids are integers; sent as a JSON number when the id is one. */
    private static Object numeric(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            return id;
        }
    }
}
