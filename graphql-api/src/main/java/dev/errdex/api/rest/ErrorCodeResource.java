package dev.errdex.api.rest;

import dev.errdex.api.catalog.ErrorCode;
import dev.errdex.api.security.ReadAccess;
import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.CatalogError;
import dev.errdex.catalog.CatalogException;
import dev.errdex.catalog.service.CatalogFilter;
import dev.errdex.catalog.service.CatalogPage;
import dev.errdex.catalog.service.CatalogService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Locale;

/**
 * REST for programs: the catalog as JSON ({@code GET /api/errors/{code}}, {@code GET /api/errors}). Same data as the
 * GraphQL {@code errorCode} and {@code errorCodes} queries, and closed like them when {@code errdex.public-reads} is
 * false; errors are problem+json with an errdex code.
 */
@Path("/api/errors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Error codes", description = "The catalog of error codes")
public class ErrorCodeResource {

    @Inject
    CatalogService catalog;

    @Inject
    ReadAccess access;

    /**
     * One page of codes.
     *
     * @param items       the codes, in code order
     * @param totalCount  how many codes match in all
     * @param hasNextPage whether more follow
     * @param endCursor   pass as {@code after} for the next page; null on an empty page
     */
    public record ErrorCodePage(List<ErrorCode> items, long totalCount, boolean hasNextPage, String endCursor) {
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One error code",
            description = "The code in any spelling (ERR_NGROK_8012, err-ngrok-8012, 8012...); the answer names it"
                    + " canonically.")
    @APIResponse(responseCode = "200", description = "The code")
    @APIResponse(responseCode = "404", description = "Not a code or not in the catalog (ERR_ERRDEX_1040)",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "Reads are closed (errdex.public-reads=false) and no key was sent"
            + " (ERR_ERRDEX_1301)", content = @Content(mediaType = "application/problem+json"))
    public ErrorCode errorCode(@PathParam("code") @Parameter(description = "The code, in any spelling") String code) {
        access.require();
        return catalog.find(code).map(ErrorCode::of).orElseThrow(() -> new CatalogException(
                CatalogError.UNKNOWN_CODE, "'" + abbreviate(code) + "' is not in the catalog"));
    }

    @GET
    @Operation(summary = "Error codes, a page at a time",
            description = "In code order; follow endCursor with after= while hasNextPage is true.")
    @APIResponse(responseCode = "200", description = "A page of codes")
    @APIResponse(responseCode = "400", description = "Bad cursor (ERR_ERRDEX_1041) or page size (ERR_ERRDEX_1042)",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "Reads are closed (errdex.public-reads=false) and no key was sent"
            + " (ERR_ERRDEX_1301)", content = @Content(mediaType = "application/problem+json"))
    public ErrorCodePage errorCodes(
            @QueryParam("first") @Parameter(description = "Page size, 20 by default, at most 500") Integer first,
            @QueryParam("after") @Parameter(description = "endCursor of the previous page") String after,
            @QueryParam("category") @Parameter(description = "Category id, e.g. traffic-policy") String category,
            @QueryParam("status") @Parameter(schema = @Schema(enumeration = {"active", "deprecated"}),
                    description = "active or deprecated") String status,
            @QueryParam("namespace") @Parameter(description = "e.g. ERR_NGROK") String namespace,
            @QueryParam("text") @Parameter(description = "Substring of code, title or message") String text) {
        access.require();
        CatalogPage page = catalog.list(new CatalogFilter(category, status(status), namespace, text), first, after);
        return new ErrorCodePage(page.edges().stream().map(e -> ErrorCode.of(e.node())).toList(),
                page.totalCount(), page.hasNextPage(), page.endCursor());
    }

    private static CatalogEntry.Status status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return CatalogEntry.Status.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CatalogException(CatalogError.INVALID_ARGUMENT, "status must be active or deprecated");
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}
