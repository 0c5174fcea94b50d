package dev.errdex.triage.outbound.helpdesk;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.errdex.triage.outbound.DeliveryOutcome;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * Zendesk Support: one {@code PUT /api/v2/tickets/{id}} with a private comment
 * ({@code {"ticket":{"comment":{"html_body":…,"public":false},"additional_tags":[…]}}}) and API-token authentication
 * ({@code Basic base64("{email}/token:{token}")}). {@code additional_tags} adds to the ticket's tags without
 * replacing them.
 */
public final class ZendeskConnector implements HelpdeskConnector {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HelpdeskHttp http;
    private final String authorization;

    public ZendeskConnector(URI url, String email, String token, Duration connectTimeout, Duration requestTimeout) {
        this.http = new HelpdeskHttp(HelpdeskSystem.ZENDESK.title(), "zendesk", url, connectTimeout, requestTimeout);
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (email + "/token:" + token).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public DeliveryOutcome deliver(String payload, String idempotencyKey) {
        HelpdeskNote note = HelpdeskNote.read(payload);
        ObjectNode body = JSON.createObjectNode();
        ObjectNode ticket = body.putObject("ticket");
        ObjectNode comment = ticket.putObject("comment");
        comment.put("html_body", note.html());
        comment.put("public", false);
        if (!note.tags().isEmpty()) {
            note.tags().forEach(ticket.putArray("additional_tags")::add);
        }
        return http.send(http.json("PUT", "/api/v2/tickets/" + HelpdeskHttp.segment(note.externalId()),
                body.toString(), Map.of("Authorization", authorization)).build(), note.externalId());
    }
}
