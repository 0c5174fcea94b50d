package dev.errdex.api.rest;

import dev.errdex.catalog.CatalogError;
import dev.errdex.catalog.CatalogException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * INTERIM, TO BE REMOVED when the one exception mapper of {@code dev.errdex.api.error} lands: catalog errors on REST
 * endpoints as RFC 9457 problem+json ({@code type}, {@code title}, {@code status}, {@code code}, {@code detail}).
 * Registered with a low priority so that the api mapper wins where both exist.
 */
public class InterimProblemMapping {

    static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

    @ServerExceptionMapper(priority = Priorities.USER + 1000)
    public Response catalogProblem(CatalogException e) {
        int status = e.error() == CatalogError.UNKNOWN_CODE ? 404 : 400;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "/errors/" + e.error().code());
        body.put("title", e.error().advice());
        body.put("status", status);
        body.put("code", e.error().code());
        body.put("detail", e.detail());
        return Response.status(status).type(PROBLEM_JSON).entity(body).build();
    }
}
