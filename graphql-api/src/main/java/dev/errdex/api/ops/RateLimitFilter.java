package dev.errdex.api.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errdex.api.error.ApiError;
import dev.errdex.api.error.ErrdexErrors;
import dev.errdex.api.error.ProblemMapper;
import dev.errdex.api.security.ApiKeyAuthenticationMechanism;
import dev.errdex.api.security.ApiKeys;
import dev.errdex.api.security.SecurityError;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.micrometer.runtime.binder.vertx.HttpRequestMetric;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Map;
import java.util.Optional;

/**
 * Limits the request rate of {@code /graphql} and {@code /api/}: over a budget, 429 with problem+json and
 * {@code Retry-After}. Public pages, health and metrics are not limited here.
 *
 * <p>A request with a key is counted after its key is known: in the key's bucket by the key's name, so that every
 * spelling of the header that authenticates as the same key shares one budget. A key errdex does not know yet (not
 * configured, not looked up in the last {@link ApiKeys#CACHE_SECONDS} s) is looked up only while the client address
 * has budget for unknown keys left; each unknown key takes a token of that budget, and past it the address gets
 * {@code ERR_ERRDEX_1307} without a look-up. A request without a key is counted per client address, which is the
 * socket's peer unless {@code quarkus.http.proxy.*} trusts the proxy in front. A WebSocket upgrade to
 * {@code /graphql} takes one token and leaves its bucket on the connection, where every GraphQL operation it carries
 * takes another ({@link WebSocketOperations}).
 *
 * <p>Every answer counted in a bucket says how the bucket stands: {@code RateLimit-Limit} (its size, the requests
 * that may come at once), {@code RateLimit-Remaining} (requests left now) and {@code RateLimit-Reset} (seconds until
 * it is full again; it refills at the per-minute rate).
 *
 * <p>A refused request is tagged with its route ({@code /graphql} or {@code /api/*}) in the HTTP metrics, never
 * with its raw path.
 */
@ApplicationScoped
public class RateLimitFilter {

    /** Routing-context key of the bucket a WebSocket connection's operations take from ({@link Budget}). */
    static final String WEBSOCKET_BUDGET = "errdex.rate-limit.websocket";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ApiConfig config;
    private final ApiKeys keys;
    private final RateLimiter limiter = new RateLimiter();
    private final Counter limited;

    /** A bucket and its budget. */
    record Budget(String bucket, int perMinute, int burst) {
    }

    RateLimitFilter(ApiConfig config, ApiKeys keys, MeterRegistry meters) {
        this.config = config;
        this.keys = keys;
        this.limited = Counter.builder("errdex.api.rate.limited").description("Requests refused by the rate limit")
                .register(meters);
    }

    void install(@Observes Router router) {
        router.route().order(-1000).handler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        ApiConfig.RateLimit limit = config.rateLimit();
        String path = ctx.normalizedPath();
        if (!limit.enabled() || !(path.startsWith("/graphql") || path.startsWith("/api/"))) {
            ctx.next();
            return;
        }
        HttpServerRequest request = ctx.request();
        String address = clientAddress(request);
        String header = request.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            admit(ctx, new Budget("ip:" + address, limit.anonymousPerMinute(), limit.burst()), ApiError.RATE_LIMITED);
            return;
        }
        String key = ApiKeyAuthenticationMechanism.presentedKey(header);
        String hash = ApiKeys.sha256Hex(key);
        Optional<ApiKeys.KeyIdentity> known = keys.known(hash, System.nanoTime());
        if (known.isPresent()) {
            admit(ctx, keyBudget(known.get(), limit), ApiError.RATE_LIMITED);
            return;
        }
        Budget unknown = new Budget("unknown:" + address, limit.unknownKeysPerMinute(), limit.unknownKeysBurst());
        long wait = limiter.waitFor(unknown.bucket(), unknown.perMinute(), unknown.burst(), System.nanoTime());
        if (wait > 0) {
            refuse(ctx, wait, 429, SecurityError.KEYS_THROTTLED.code(), SecurityError.KEYS_THROTTLED.message());
            return;
        }
        ctx.vertx().executeBlocking(() -> keys.identify(key), false).onComplete(looked -> {
            if (looked.failed()) {
                ctx.fail(looked.cause());
                return;
            }
            ApiKeys.remember(ctx, key, looked.result());
            if (looked.result().isPresent()) {
                admit(ctx, keyBudget(looked.result().get(), limit), ApiError.RATE_LIMITED);
            } else {
                // the key is refused later (401); this only counts it against the address
                limiter.take(unknown.bucket(), unknown.perMinute(), unknown.burst(), System.nanoTime());
                ctx.next();
            }
        });
    }

    /**
     * The client address of a request: the socket's peer, or the address a proxy forwarded when
     * {@code quarkus.http.proxy.*} trusts that proxy (Vert.x resolves it then); never a raw header.
     */
    public static String clientAddress(HttpServerRequest request) {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }

    private static Budget keyBudget(ApiKeys.KeyIdentity key, ApiConfig.RateLimit limit) {
        return new Budget(key.principal(), limit.perKeyPerMinute(), limit.burst());
    }

    /** Takes a token of {@code budget} and goes on, or answers 429. */
    private void admit(RoutingContext ctx, Budget budget, ApiError over) {
        long now = System.nanoTime();
        long wait = limiter.take(budget.bucket(), budget.perMinute(), budget.burst(), now);
        RateLimiter.State left = limiter.state(budget.bucket(), budget.perMinute(), budget.burst(), now);
        ctx.response().putHeader("RateLimit-Limit", Integer.toString(budget.burst()))
                .putHeader("RateLimit-Remaining", Long.toString(left.remaining()))
                .putHeader("RateLimit-Reset", Long.toString(left.resetSeconds()));
        if (wait > 0) {
            refuse(ctx, wait, over.status(), over.code(), over.message());
            return;
        }
        if ("websocket".equalsIgnoreCase(ctx.request().getHeader("Upgrade"))) {
            ctx.put(WEBSOCKET_BUDGET, budget);
        }
        ctx.next();
    }

    /**
     * Takes a token for one GraphQL operation over the WebSocket whose upgrade request is {@code upgrade}; returns
     * 0 when allowed (also when the connection is not counted), else the seconds to wait.
     */
    long takeForOperation(RoutingContext upgrade) {
        Budget budget = upgrade.get(WEBSOCKET_BUDGET);
        if (budget == null || !config.rateLimit().enabled()) {
            return 0;
        }
        long wait = limiter.take(budget.bucket(), budget.perMinute(), budget.burst(), System.nanoTime());
        if (wait > 0) {
            limited.increment();
        }
        return wait;
    }

    private void refuse(RoutingContext ctx, long wait, int status, String code, String message) {
        limited.increment();
        HttpRequestMetric metric = HttpRequestMetric.getRequestMetric(ctx);
        if (metric != null) {
            metric.setTemplatePath(ctx.normalizedPath().startsWith("/graphql") ? "/graphql" : "/api/*");
        }
        Map<String, Object> body = ProblemMapper.body(new ErrdexErrors.Described(code, status, message));
        try {
            ctx.response().setStatusCode(status)
                    .putHeader("Content-Type", "application/problem+json")
                    .putHeader("Retry-After", Long.toString(wait))
                    .end(JSON.writeValueAsString(body));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            ctx.fail(e);
        }
    }
}
