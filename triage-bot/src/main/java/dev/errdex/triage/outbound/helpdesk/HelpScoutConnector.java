package dev.errdex.triage.outbound.helpdesk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.errdex.triage.outbound.DeliveryOutcome;
import dev.errdex.triage.outbound.OutboundErrorCode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Help Scout (Mailbox API 2.0): errdex's tags added to the conversation's ({@code GET /v2/conversations/{id}}, then
 * {@code PUT /v2/conversations/{id}/tags} with the whole list), then a note on the conversation,
 * {@code POST /v2/conversations/{id}/notes} with {@code {"text": html}}, authorised by an OAuth2 access token of the client-credentials flow
 * ({@code POST /v2/oauth2/token}, form {@code grant_type=client_credentials}, {@code client_id}, {@code client_secret}).
 * The token is cached and fetched anew {@code refreshMargin} before it expires, or at once when the API answers 401.
 */
public final class HelpScoutConnector implements HelpdeskConnector {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HelpdeskHttp http;
    private final String appId;
    private final String appSecret;
    private final Duration refreshMargin;
    private final Clock clock;
    private String token;
    private Instant tokenExpires = Instant.MIN;

    public HelpScoutConnector(URI url, String appId, String appSecret, Duration refreshMargin,
                              Duration connectTimeout, Duration requestTimeout, Clock clock) {
        this.http = new HelpdeskHttp(HelpdeskSystem.HELPSCOUT.title(), "helpscout", url, connectTimeout,
                requestTimeout);
        this.appId = appId;
        this.appSecret = appSecret;
        this.refreshMargin = refreshMargin;
        this.clock = clock;
    }

    @Override
    public DeliveryOutcome deliver(String payload, String idempotencyKey) {
        HelpdeskNote note = HelpdeskNote.read(payload);
        String conversation = "/v2/conversations/" + HelpdeskHttp.segment(note.externalId());
        if (!note.tags().isEmpty()) {
            DeliveryOutcome tagged = addTags(conversation, note);
            if (tagged.kind() != DeliveryOutcome.Kind.DELIVERED) {
                return tagged;
            }
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("text", note.html());
        return authorized("POST", conversation + "/notes", body.toString(), note.externalId()).outcome();
    }

    /**
     * The conversation's tags with errdex's added: read ({@code GET /v2/conversations/{id}}) and written back whole
     * ({@code PUT /v2/conversations/{id}/tags}, which replaces the list); idempotent, so it goes before the note.
     */
    private DeliveryOutcome addTags(String conversation, HelpdeskNote note) {
        HelpdeskHttp.Answer current = authorized("GET", conversation, null, note.externalId());
        if (!current.ok()) {
            return current.outcome();
        }
        JsonNode existing;
        try {
            existing = JSON.readTree(current.response().body()).path("tags");
        } catch (IOException e) {
            existing = JSON.createArrayNode();
        }
        Optional<List<String>> tags = TagList.withErrdexs(existing, note.tags());
        if (tags.isEmpty()) {
            return DeliveryOutcome.delivered("tags already there");
        }
        ObjectNode body = JSON.createObjectNode();
        tags.get().forEach(body.putArray("tags")::add);
        return authorized("PUT", conversation + "/tags", body.toString(), note.externalId()).outcome();
    }

    /** One call with the cached token; on 401, once more with a new token. {@code body} null: a GET. */
    private HelpdeskHttp.Answer authorized(String method, String path, String body, String ticket) {
        HelpdeskHttp.Answer answer = null;
        for (int attempt = 0; attempt < 2; attempt++) {
            String bearer;
            try {
                bearer = token(attempt > 0);
            } catch (TokenRefused e) {
                return new HelpdeskHttp.Answer(null, e.outcome);
            }
            Map<String, String> auth = Map.of("Authorization", "Bearer " + bearer);
            answer = http.call((body == null ? http.json(method, path, "", auth).GET()
                    : http.json(method, path, body, auth)).build(), ticket);
            if (answer.response() == null || answer.response().statusCode() != 401) {
                return answer;
            }
        }
        return answer;
    }

    /** The cached token, or a new one when it is about to expire (or {@code renew}). */
    synchronized String token(boolean renew) throws TokenRefused {
        Instant now = clock.instant();
        if (!renew && token != null && now.isBefore(tokenExpires.minus(refreshMargin))) {
            return token;
        }
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(appId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(appSecret, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(http.resolve("/v2/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
                .build();
        HelpdeskHttp.Answer tokenAnswer = http.call(request, "(token)");
        if (!tokenAnswer.ok()) {
            throw new TokenRefused(tokenAnswer.outcome());
        }
        try {
            JsonNode answer = JSON.readTree(tokenAnswer.response().body());
            String value = answer.path("access_token").asText("");
            if (value.isEmpty()) {
                throw new IOException("no access_token in the answer");
            }
            token = value;
            tokenExpires = now.plusSeconds(answer.path("expires_in").asLong(0));
            return token;
        } catch (IOException e) {
            throw new TokenRefused(DeliveryOutcome.retry(OutboundErrorCode.CONNECTOR_UNAVAILABLE.format(http.name(),
                    "(token)", "unreadable token answer: " + e.getMessage())));
        }
    }

    /** The token request did not give a token; carries what the note's attempt counts as. */
    static final class TokenRefused extends Exception {
        final transient DeliveryOutcome outcome;

        TokenRefused(DeliveryOutcome outcome) {
            super(outcome.detail(), null, false, false);
            this.outcome = outcome;
        }
    }
}
