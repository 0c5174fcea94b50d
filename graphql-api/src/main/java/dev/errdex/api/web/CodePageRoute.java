package dev.errdex.api.web;

import dev.errdex.api.config.ErrdexConfig;
import dev.errdex.api.web.RenderedPages.Page;
import io.quarkus.micrometer.runtime.binder.vertx.HttpRequestMetric;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Answers {@code GET} and {@code HEAD /errors/{code}} for a page already rendered and kept ({@link RenderedPages}) on
 * the event loop, before the REST resource: the kept bytes (or their kept gzip or brotli form, {@link PageCoding}),
 * header values made when the page was rendered, and 304 to a current {@code If-None-Match} /
 * {@code If-Modified-Since} ({@link ConditionalAnswers#notModified}). Everything else goes on to {@link ErrorPages}:
 * a code not rendered yet (it renders and keeps it), another spelling (301), an unknown code (404), HTTP/2 and a
 * client that accepts only deflate (Vert.x compresses those answers itself), and every request while reads are closed ({@code errdex.public-reads=false}: the resource
 * checks the key). Security headers, {@code Vary} and the request id come from the routes before this one, as for the
 * resource.
 */
@ApplicationScoped
public class CodePageRoute {

    /** Route order: after the request id, security headers, rate limit and Quarkus's security handlers. */
    static final int ORDER = -80;

    private static final String HTML = "text/html;charset=UTF-8";
    /** The path template the resource is counted under in the HTTP metrics. */
    private static final String TEMPLATE = "/errors/{code}";

    private final RenderedPages rendered;
    private final PublicOrigin origins;
    private final ConditionalAnswers answers;
    private final ErrdexConfig errdex;

    CodePageRoute(RenderedPages rendered, PublicOrigin origins, ConditionalAnswers answers, ErrdexConfig errdex) {
        this.rendered = rendered;
        this.origins = origins;
        this.answers = answers;
        this.errdex = errdex;
    }

    void install(@Observes Router router) {
        router.route("/errors/:code").method(HttpMethod.GET).method(HttpMethod.HEAD).order(ORDER)
                .handler(this::answer);
    }

    private void answer(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String code = ctx.pathParam("code");
        PageCoding coding = PageCoding.of(request);
        Page page = code == null || coding == null || !errdex.publicReads() ? null
                : rendered.kept(origins.of(request), code).orElse(null);
        if (page == null) {
            ctx.next();
            return;
        }
        HttpRequestMetric metric = HttpRequestMetric.getRequestMetric(ctx);
        if (metric != null) {
            metric.setTemplatePath(TEMPLATE);
        }
        HttpServerResponse response = ctx.response();
        MultiMap headers = response.headers();
        headers.set(HttpHeaders.CACHE_CONTROL, answers.cacheControl());
        headers.set(HttpHeaders.ETAG, page.validators().etag());
        if (page.lastModified() != null) {
            headers.set(HttpHeaders.LAST_MODIFIED, page.lastModified());
        }
        if (ConditionalAnswers.notModified(page.validators(), request.getHeader(HttpHeaders.IF_NONE_MATCH),
                request.getHeader(HttpHeaders.IF_MODIFIED_SINCE))) {
            response.setStatusCode(304).end();
            return;
        }
        headers.set(HttpHeaders.CONTENT_TYPE, HTML);
        if (coding.token != null) {
            headers.set(HttpHeaders.CONTENT_ENCODING, coding.token);
        }
        response.end(page.body(coding));
    }
}
