package dev.errdex.api.helpdesk;

import dev.errdex.api.error.ErrdexErrors;
import dev.errdex.api.error.ProblemMapper;
import dev.errdex.api.ticket.WebhookConfig;
import dev.errdex.triage.inbound.helpdesk.HelpdeskInbound;
import dev.errdex.triage.inbound.helpdesk.HelpdeskInboundException;
import dev.errdex.triage.outbound.helpdesk.HelpdeskSystem;
import dev.errdex.triage.ticket.Ticket;
import dev.errdex.triage.ticket.TicketErrorCode;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * {@code POST /helpdesk/zendesk}, {@code /freshdesk}, {@code /zammad}, {@code /helpscout}: each takes its helpdesk's
 * own trigger / automation / webhook payload (docs/helpdesks.md). Thin: the checks, parsing, triage and feedback are
 * {@link HelpdeskInbound}'s. 201 with the new ticket, 200 when errdex already had it (with the feedback applied);
 * refusals are problem+json.
 */
@Path("/helpdesk")
public class HelpdeskEndpoints {

    /** The answer: what the event did and errdex's ticket. */
    public record Answer(HelpdeskInbound.Outcome outcome, Ticket ticket) {
    }

    @Inject
    HelpdeskInbound inbound;

    @Inject
    WebhookConfig limits;

    @POST
    @Path("{system: zendesk|freshdesk|zammad|helpscout}")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response receive(@PathParam("system") String system, @Context HttpHeaders headers, InputStream body)
            throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.readNBytes(limits.maxBytes() + 1);
        if (bytes.length > limits.maxBytes()) {
            return problem(413, TicketErrorCode.WEBHOOK_TOO_LARGE, "the event is over " + limits.maxBytes() + " bytes",
                    Map.of());
        }
        HelpdeskInbound.Result r;
        try {
            r = inbound.receive(HelpdeskSystem.of(system).orElseThrow(), headers::getHeaderString, bytes);
        } catch (HelpdeskInboundException e) {
            return problem(e.status(), e.getMessage(), e.error().code(), Map.of());
        }
        if (r.rejected() != null) {
            return problem(422, TicketErrorCode.MESSAGE_REJECTED, r.rejected().reason(),
                    Map.of("cause", r.rejected().errorCode()));
        }
        return Response.status(r.outcome() == HelpdeskInbound.Outcome.CREATED ? 201 : 200)
                .entity(new Answer(r.outcome(), r.ticket())).build();
    }

    private static Response problem(int status, TicketErrorCode error, String detail, Map<String, Object> extra) {
        return problem(status, error.code() + ": " + detail + ". " + error.guidance(), error.code(), extra);
    }

    private static Response problem(int status, String message, String code, Map<String, Object> extra) {
        return ProblemMapper.problem(new ErrdexErrors.Described(code, status, message), extra);
    }
}
