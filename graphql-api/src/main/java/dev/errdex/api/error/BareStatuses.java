package dev.errdex.api.error;

import dev.errdex.api.ticket.WebhookConfig;
import dev.errdex.triage.ticket.TicketErrorCode;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * The answers Vert.x and SmallRye would give without a body, given as errdex problem documents instead:
 * <ul>
 *   <li>a route that failed without writing an answer: the problem document of its status (413, 404, other 4xx
 *       {@code ERR_ERRDEX_1313}, 5xx {@code ERR_ERRDEX_1399} with the exception in the log only);</li>
 *   <li>a body announced larger than the one body limit ({@code errdex.webhook.max-bytes}, also
 *       {@code quarkus.http.limits.max-body-size}): 413 with {@code ERR_ERRDEX_1404} on the webhook and
 *       {@code ERR_ERRDEX_1311} elsewhere, before any of it is read;</li>
 *   <li>a chunked upload to the webhook: Quarkus's stream limit is moved just above the webhook's own, so that the
 *       webhook reads one byte more than its limit and refuses with {@code ERR_ERRDEX_1404} itself (the stream would
 *       otherwise end the exchange with an empty 413);</li>
 *   <li>{@code GET /graphql} (queries are POST only) that is not a WebSocket upgrade: 405 with {@code ERR_ERRDEX_1313}.</li>
 * </ul>
 * Unknown paths, 405/406/415 of the REST resources and their 413 are {@link ProblemMapper}'s.
 */
@ApplicationScoped
public class BareStatuses {

    /** The request attribute in which Quarkus's upload-limit handler leaves the limit for the body stream. */
    static final String STREAM_LIMIT = "io.quarkus.max-request-size";

    /** What the stream may read beyond the webhook's limit: its read-ahead buffer, so the webhook sees limit + 1. */
    static final long STREAM_SLACK = 64 * 1024;

    private static final Logger LOG = Logger.getLogger(BareStatuses.class);

    @Inject
    WebhookConfig webhook;

    /**
     * Before every body handler (Quarkus's at {@code Integer.MIN_VALUE + 1}, GraphQL's own at -100) and Quarkus's
     * upload limit (-2), which would all answer an empty 413.
     */
    static final int BEFORE_BODY_HANDLERS = Integer.MIN_VALUE;

    void install(@Observes Router router) {
        router.route().order(BEFORE_BODY_HANDLERS).handler(this::announcedSize);
        router.route().order(BEFORE_BODY_HANDLERS).failureHandler(this::failed);
        router.route("/triage/inbound").order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1)
                .handler(this::webhookReadsItsOwnLimit);
        router.get("/graphql").order(-100).handler(this::graphQLByGet);
    }

    private void announcedSize(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long announced;
        try {
            announced = length == null ? -1 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            announced = -1;
        }
        if (announced <= webhook.maxBytes()) {
            ctx.next();
            return;
        }
        ErrdexErrors.Described problem = ctx.normalizedPath().equals("/triage/inbound")
                ? new ErrdexErrors.Described(TicketErrorCode.WEBHOOK_TOO_LARGE.code(), 413,
                TicketErrorCode.WEBHOOK_TOO_LARGE.code() + ": the upload announces " + announced + " bytes, over "
                        + webhook.maxBytes() + ". " + TicketErrorCode.WEBHOOK_TOO_LARGE.guidance())
                : new ErrdexErrors.Described(ApiError.BODY_TOO_LARGE.code(), 413, ApiError.BODY_TOO_LARGE.message());
        // answered before the body is read; the connection ends after it, once Vert.x has passed over the body (a
        // sender that writes the whole body before reading gets this answer, not a reset connection)
        ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
        answer(ctx, problem);
    }

    /**
     * A route that failed with a status and wrote nothing (a body handler's 413 for a chunked body over the limit,
     * a handler's exception): the problem document of that status. Errors of errdex's own resources were written
     * already and are passed on untouched.
     */
    private void failed(RoutingContext ctx) {
        if (ctx.response().headWritten() || ctx.response().ended() || securityFailure(ctx.failure())) {
            // a refused or missing key is answered by the security layer's own handler (401/403 with its code)
            ctx.next();
            return;
        }
        int status = ctx.statusCode() < 400 ? 500 : ctx.statusCode();
        ErrdexErrors.Described problem;
        if (status == 413) {
            problem = new ErrdexErrors.Described(ApiError.BODY_TOO_LARGE.code(), 413, ApiError.BODY_TOO_LARGE.message());
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
        } else if (status == 404) {
            problem = new ErrdexErrors.Described(ApiError.NOT_FOUND.code(), 404, ApiError.NOT_FOUND.message());
        } else if (status < 500) {
            problem = new ErrdexErrors.Described(ApiError.BAD_REQUEST.code(), status,
                    ApiError.BAD_REQUEST.message("HTTP " + status));
        } else {
            LOG.errorf(ctx.failure(), "%s: request failed", ApiError.INTERNAL.code());
            problem = new ErrdexErrors.Described(ApiError.INTERNAL.code(), status, ApiError.INTERNAL.message());
        }
        answer(ctx, problem);
    }

    private static boolean securityFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof io.quarkus.security.AuthenticationException || t instanceof SecurityException) {
                return true;
            }
        }
        return false;
    }

    private void webhookReadsItsOwnLimit(RoutingContext ctx) {
        if (ctx.get(STREAM_LIMIT) != null) {
            ctx.put(STREAM_LIMIT, (long) webhook.maxBytes() + STREAM_SLACK);
        }
        ctx.next();
    }

    private void graphQLByGet(RoutingContext ctx) {
        if ("websocket".equalsIgnoreCase(ctx.request().getHeader(HttpHeaders.UPGRADE))) {
            ctx.next();
            return;
        }
        ctx.response().putHeader(HttpHeaders.ALLOW, "POST");
        answer(ctx, new ErrdexErrors.Described(ApiError.BAD_REQUEST.code(), 405,
                ApiError.BAD_REQUEST.message("GraphQL requests are POST only (HTTP 405)")));
    }

    private static void answer(RoutingContext ctx, ErrdexErrors.Described problem) {
        ctx.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, ProblemMapper.PROBLEM_JSON.toString())
                .end(Json.encode(ProblemMapper.body(problem)));
    }
}
