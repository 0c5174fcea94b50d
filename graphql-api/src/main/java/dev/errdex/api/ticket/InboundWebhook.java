package dev.errdex.api.ticket;

import dev.errdex.catalog.Sha256;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errdex.api.error.ErrdexErrors;
import dev.errdex.api.error.ProblemMapper;
import dev.errdex.triage.TriageErrorCode;
import dev.errdex.triage.inbound.webhook.PostmarkInbound;
import dev.errdex.triage.ticket.Channel;
import dev.errdex.triage.ticket.IngestResult;
import dev.errdex.triage.ticket.Ticket;
import dev.errdex.triage.ticket.TicketErrorCode;
import dev.errdex.triage.ticket.TicketService;
import io.vertx.core.http.HttpServerRequest;
import dev.errdex.api.ops.RateLimitFilter;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /triage/inbound}: an inbound email (raw {@code message/rfc822}, or Postmark's inbound JSON) becomes a
 * ticket. 201 with the ticket when stored now, 200 with the existing ticket when the email was stored before;
 * errors as problem+json (docs/tickets.md "Webhook").
 */
@Path("/triage/inbound")
public class InboundWebhook {

    /** What the webhook answers with: the outcome and the ticket with its annotations. */
    public record Answer(IngestResult.Outcome outcome, Ticket ticket) {
    }

    @Inject
    WebhookConfig config;

    @Inject
    TicketService tickets;

    @Inject
    ObjectMapper json;

    @Inject
    WebhookGuard guard;

    @Inject
    HttpServerRequest http;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response receive(@HeaderParam("Authorization") String authorization,
                            @HeaderParam("Content-Type") String contentType, InputStream body) throws IOException {
        Optional<TicketErrorCode> closed = guard.closed();
        if (closed.isPresent()) {
            return problem(503, closed.get(), closed.get() == TicketErrorCode.WEBHOOK_DISABLED
                    ? "no webhook secret is configured" : "the configured webhook secret is too short");
        }
        String address = RateLimitFilter.clientAddress(http);
        long wait = guard.waitBeforeTrying(address);
        if (wait > 0) {
            return Response.fromResponse(problem(429, TicketErrorCode.WEBHOOK_SECRET_THROTTLED,
                    "too many wrong secrets from " + address)).header("Retry-After", Long.toString(wait)).build();
        }
        if (!authorized(authorization, config.secret().get())) {
            guard.failed(address);
            return problem(401, TicketErrorCode.WEBHOOK_UNAUTHORIZED,
                    authorization == null ? "no Authorization header" : "the secret does not match");
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).split(";")[0].strip();
        boolean raw = type.equals("message/rfc822");
        if (!raw && !type.equals("application/json")) {
            return problem(415, TicketErrorCode.WEBHOOK_UNSUPPORTED_TYPE,
                    "Content-Type '" + type + "' is neither message/rfc822 nor application/json");
        }
        byte[] bytes = body == null ? new byte[0] : body.readNBytes(config.maxBytes() + 1);
        if (bytes.length > config.maxBytes()) {
            return problem(413, TicketErrorCode.WEBHOOK_TOO_LARGE,
                    "the upload is over " + config.maxBytes() + " bytes");
        }
        String source = "webhook";
        if (raw) {
            if (bytes.length > 0 && !PostmarkInbound.looksLikeMessage(bytes)) {
                // refused as the reader refuses data that is no email, with its code as the cause
                return problem(422, TicketErrorCode.MESSAGE_REJECTED,
                        "the upload is not an email (it needs a header section with From)",
                        Map.of("cause", TriageErrorCode.NOT_A_MESSAGE.code()));
            }
        } else {
            try {
                JsonNode node = json.readTree(bytes);
                String delivery = PostmarkInbound.deliveryId(node);
                source = delivery == null ? "webhook:postmark" : "webhook:postmark:" + delivery;
                bytes = PostmarkInbound.toRfc822(node);
            } catch (JsonProcessingException e) {
                // Jackson's message quotes the input and names its own classes: only the position is told
                return problem(400, TicketErrorCode.WEBHOOK_BAD_JSON, e.getLocation() == null
                        ? "the body is not valid JSON"
                        : "the body is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr() + ")");
            } catch (IllegalArgumentException e) {
                // PostmarkInbound's messages are errdex's own words (see its Javadoc)
                return problem(400, TicketErrorCode.WEBHOOK_BAD_JSON, e.getMessage());
            }
        }
        IngestResult r = tickets.ingest(bytes, Channel.WEBHOOK, source);
        return switch (r.outcome()) {
            case REJECTED -> problem(422, TicketErrorCode.MESSAGE_REJECTED, r.reason(),
                    Map.of("cause", r.errorCode()));
            case DUPLICATE -> Response.ok(new Answer(r.outcome(), r.ticket())).build();
            default -> Response.status(201).entity(new Answer(r.outcome(), r.ticket())).build();
        };
    }

    /** A problem document from errdex's one mapping ({@link ProblemMapper}): the code, what happened, what to do. */
    private static Response problem(int status, TicketErrorCode error, String detail, Map<String, Object> extra) {
        return ProblemMapper.problem(new ErrdexErrors.Described(error.code(), status,
                error.code() + ": " + detail + ". " + error.guidance()), extra);
    }

    private static Response problem(int status, TicketErrorCode error, String detail) {
        return problem(status, error, detail, Map.of());
    }

    /** Compares SHA-256 digests in constant time, so that timing tells nothing about the secret. */
    static boolean authorized(String authorization, String secret) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return MessageDigest.isEqual(Sha256.of(authorization.substring(7).strip()), Sha256.of(secret.strip()));
    }

}
