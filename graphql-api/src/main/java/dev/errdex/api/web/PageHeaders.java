package dev.errdex.api.web;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Locale;

/**
 * Security headers: {@code X-Content-Type-Options: nosniff} on every answer; on everything but {@code /graphql} and
 * {@code /q/} (the pages, their style sheet and scripts, robots and sitemaps, REST) also a Content Security Policy
 * that allows scripts, styles, images, fetches and form posts from errdex's own origin only (no inline script or
 * style), forbids framing ({@code frame-ancestors 'none'}, and {@code X-Frame-Options} for older browsers), and a
 * {@code Referrer-Policy} that never sends a page's path (a pasted search) to another site; and
 * {@code Vary: Accept-Encoding}, as answers are compressed for clients that accept it.
 */
@ApplicationScoped
public class PageHeaders {

    /** The policy of the pages. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none';"
            + " frame-ancestors 'none'";
    static final String REFERRER_POLICY = "strict-origin-when-cross-origin";

    void install(@Observes Router router) {
        router.route().order(-1100).handler(this::headers);
    }

    private void headers(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        boolean page = !(path.startsWith("/graphql") || path.startsWith("/q/"));
        ctx.addHeadersEndHandler(ignored -> {
            MultiMap headers = ctx.response().headers();
            headers.set("X-Content-Type-Options", "nosniff");
            if (page) {
                // a shared cache must keep compressed and plain answers apart
                if (headers.getAll("Vary").stream()
                        .noneMatch(value -> value.toLowerCase(Locale.ROOT).contains("accept-encoding"))) {
                    headers.add("Vary", "Accept-Encoding");
                }
                headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                headers.set("X-Frame-Options", "DENY");
                headers.set("Referrer-Policy", REFERRER_POLICY);
            }
        });
        ctx.next();
    }
}
