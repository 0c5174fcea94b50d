package dev.errdex.api.error;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one exception mapper of errdex's REST endpoints: every failure becomes RFC 9457 {@code application/problem+json}
 * with {@code type}, {@code title}, {@code status}, {@code detail} and errdex's {@code code}; never a stack trace.
 */
public class ProblemMapper {

    /** {@code application/problem+json}. */
    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @Inject
    CurrentIdentityAssociation identity;

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 100)
    public Response toProblem(Throwable e) {
        if (e instanceof WebApplicationException w && !(ErrdexErrors.known(e))) {
            int status = w.getResponse().getStatus();
            if (status == 404) {
                return problem(new ErrdexErrors.Described(ApiError.NOT_FOUND.code(), 404, ApiError.NOT_FOUND.message()));
            }
            if (status == 413) {
                return problem(new ErrdexErrors.Described(ApiError.BODY_TOO_LARGE.code(), 413,
                        ApiError.BODY_TOO_LARGE.message()));
            }
            if (status >= 400 && status < 500) {
                return problem(new ErrdexErrors.Described(ApiError.BAD_REQUEST.code(), status,
                        ApiError.BAD_REQUEST.message("HTTP " + status)));
            }
        }
        ErrdexErrors.Described d = ErrdexErrors.describe(e, anonymous());
        if (d.status() >= 500) {
            LOG.errorf(e, "%s: request failed", d.code());
        }
        return problem(d);
    }

    @ServerExceptionMapper
    public Response keyRejected(io.quarkus.security.AuthenticationFailedException e) {
        return toProblem(e);
    }

    @ServerExceptionMapper
    public Response keyMissing(io.quarkus.security.UnauthorizedException e) {
        return toProblem(e);
    }

    @ServerExceptionMapper
    public Response roleForbidden(io.quarkus.security.ForbiddenException e) {
        return toProblem(e);
    }

    private boolean anonymous() {
        try {
            return identity.getIdentity().isAnonymous();
        } catch (RuntimeException e) {
            return true;
        }
    }

    /** The RFC 9457 members of an error: type (the code's page), title, status, detail, code. */
    public static Map<String, Object> body(ErrdexErrors.Described error) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "/errors/" + error.code());
        body.put("title", error.detail());
        body.put("status", error.status());
        body.put("detail", error.message());
        body.put("code", error.code());
        return body;
    }

    /** The problem document of an error. */
    public static Response problem(ErrdexErrors.Described error) {
        return problem(error, Map.of());
    }

    /** The problem document of an error with {@code extra} members after the standard ones (e.g. a cause). */
    public static Response problem(ErrdexErrors.Described error, Map<String, Object> extra) {
        Map<String, Object> body = body(error);
        body.putAll(extra);
        Response.ResponseBuilder r = Response.status(error.status()).type(PROBLEM_JSON).entity(body);
        if (error.status() == 401) {
            r.header("WWW-Authenticate", "Bearer realm=\"errdex\"");
        }
        return r.build();
    }
}
