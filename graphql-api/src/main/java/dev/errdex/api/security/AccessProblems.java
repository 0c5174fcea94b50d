package dev.errdex.api.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.LinkedHashMap;
import java.util.Map;

/** Access failures on REST endpoints as RFC 9457 problem+json with an errdex code; no detail leaked. */
public class AccessProblems {

    @jakarta.inject.Inject
    SecurityIdentity identity;

    static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

    @ServerExceptionMapper
    public Response keyRejected(AuthenticationFailedException e) {
        return problem(401, SecurityError.KEY_INVALID);
    }

    @ServerExceptionMapper
    public Response keyMissing(UnauthorizedException e) {
        return problem(401, SecurityError.KEY_MISSING);
    }

    @ServerExceptionMapper
    public Response roleForbidden(ForbiddenException e) {
        return identity.isAnonymous() ? problem(401, SecurityError.KEY_MISSING) : problem(403, SecurityError.ROLE_FORBIDDEN);
    }

    /** A problem document for one access error. */
    public static Response problem(int status, SecurityError error) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "/errors/" + error.code().toLowerCase(java.util.Locale.ROOT));
        body.put("title", error.message().substring(error.code().length() + 2));
        body.put("status", status);
        body.put("code", error.code());
        Response.ResponseBuilder r = Response.status(status).type(PROBLEM_JSON).entity(body);
        if (status == 401) {
            r.header("WWW-Authenticate", "Bearer realm=\"errdex\"");
        }
        return r.build();
    }
}
