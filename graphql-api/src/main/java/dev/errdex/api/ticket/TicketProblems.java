package dev.errdex.api.ticket;

import dev.errdex.triage.ticket.TicketErrorCode;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** RFC 9457 problem documents for the ticket endpoints, each with its errdex code. */
final class TicketProblems {

    static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

    private TicketProblems() {
    }

    /** A problem; {@code extra} members (e.g. {@code cause}) are added after the standard ones. */
    static Response problem(int status, TicketErrorCode error, String detail, Map<String, Object> extra) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "/errors/" + error.code().toLowerCase(Locale.ROOT));
        body.put("title", error.guidance());
        body.put("status", status);
        body.put("detail", detail);
        body.put("code", error.code());
        body.putAll(extra);
        Response.ResponseBuilder r = Response.status(status).type(PROBLEM_JSON).entity(body);
        if (status == 401) {
            r.header("WWW-Authenticate", "Bearer realm=\"errdex-webhook\"");
        }
        return r.build();
    }

    static Response problem(int status, TicketErrorCode error, String detail) {
        return problem(status, error, detail, Map.of());
    }
}
