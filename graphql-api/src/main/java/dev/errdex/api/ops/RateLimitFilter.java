package dev.errdex.api.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errdex.api.error.ApiError;
import dev.errdex.api.error.ErrdexErrors;
import dev.errdex.api.error.ProblemMapper;
import dev.errdex.api.security.ApiKeys;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Map;

/**
 * Limits the request rate of {@code /graphql} and {@code /api/} per API key (or per client address without a key):
 * over the limit, 429 with problem+json {@code ERR_ERRDEX_1310} and {@code Retry-After}. Public pages, health and
 * metrics are not limited here.
 */
@ApplicationScoped
public class RateLimitFilter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ApiConfig config;
    private final RateLimiter limiter = new RateLimiter();
    private final Counter limited;

    RateLimitFilter(ApiConfig config, MeterRegistry meters) {
        this.config = config;
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
        String auth = request.getHeader("Authorization");
        boolean keyed = auth != null && !auth.isBlank();
        String client = keyed ? "key:" + ApiKeys.sha256Hex(auth.strip())
                : "ip:" + (request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress());
        long wait = limiter.take(client, keyed ? limit.perKeyPerMinute() : limit.anonymousPerMinute(), limit.burst(),
                System.nanoTime());
        if (wait == 0) {
            ctx.next();
            return;
        }
        limited.increment();
        Map<String, Object> body = ProblemMapper.body(new ErrdexErrors.Described(ApiError.RATE_LIMITED.code(), 429,
                ApiError.RATE_LIMITED.message()));
        try {
            ctx.response().setStatusCode(429)
                    .putHeader("Content-Type", "application/problem+json")
                    .putHeader("Retry-After", Long.toString(wait))
                    .end(JSON.writeValueAsString(body));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            ctx.fail(e);
        }
    }
}
