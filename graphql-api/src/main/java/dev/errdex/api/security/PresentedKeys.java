package dev.errdex.api.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.function.Consumer;

/**
 * A key that a request to the API ({@code /graphql}, {@code /api/}) presents is always checked, also where reads are
 * open and the endpoint would not ask: an unknown key gets 401 {@code ERR_ERRDEX_1302} everywhere, not data on some
 * paths and a refusal on others. Authentication is lazy ({@code quarkus.http.auth.proactive=false}: errors map to
 * errdex's problem codes where an endpoint asks), so this route asks for the identity itself when a request carries
 * an {@code Authorization} header; the identity is memoised for the endpoint. Runs after the rate limit and Quarkus's
 * security handlers, before {@code GraphQLRequestGate}.
 */
@ApplicationScoped
public class PresentedKeys {

    /** Route order: after Quarkus's authentication (-200) and permission (-100) handlers' set-up, before the API. */
    static final int ORDER = -150;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        String auth = ctx.request().getHeader("Authorization");
        if (auth == null || auth.isBlank() || !(path.startsWith("/graphql") || path.startsWith("/api/"))) {
            ctx.next();
            return;
        }
        resolve(ctx, identity -> ctx.next(), ctx::next);
    }

    /**
     * Resolves the caller's identity, then runs {@code then} on the request's context. When authentication fails,
     * Quarkus answers the request itself (401 with errdex's code); {@code unanswered} runs only if it did not.
     * Without Quarkus security on the route, {@code then} gets null.
     */
    public static void resolve(RoutingContext ctx, Consumer<SecurityIdentity> then, Runnable unanswered) {
        Uni<SecurityIdentity> identity = ctx.user() != null || ctx.get(QuarkusHttpUser.DEFERRED_IDENTITY_KEY) != null
                ? QuarkusHttpUser.getSecurityIdentity(ctx, null) : null;
        if (identity == null) {
            then.accept(null);
            return;
        }
        Context here = Vertx.currentContext();
        identity.subscribe().with(
                id -> onContext(here, () -> then.accept(id)),
                failure -> onContext(here, () -> {
                    if (!ctx.failed() && !ctx.response().ended()) {
                        unanswered.run();
                    }
                }));
    }

    private static void onContext(Context context, Runnable action) {
        if (context == null || Vertx.currentContext() == context) {
            action.run();
        } else {
            context.runOnContext(v -> action.run());
        }
    }
}
