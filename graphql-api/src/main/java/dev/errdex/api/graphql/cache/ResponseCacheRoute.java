package dev.errdex.api.graphql.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.errdex.api.error.GraphQLRequestGate;
import dev.errdex.api.ops.ApiConfig;
import dev.errdex.api.security.PresentedKeys;
import dev.errdex.api.security.ReadAccess;
import graphql.ExecutionResult;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers identical read-only catalog queries on {@code POST /graphql} from memory ({@link CachedResponses}), without
 * running GraphQL; the answer says {@code X-Errdex-Cache: hit}, {@code miss} (run and, when it has no errors, kept)
 * or {@code bypass} (not cacheable: mutations, ticket queries, match, ...). Counted as
 * {@code errdex.api.response.cache.hits} / {@code .misses}.
 *
 * <p>Where it runs, by route order: the rate limit (-1000), Quarkus's authentication (-200) and permission checks
 * (-100), {@code GraphQLRequestGate} (-100, -99: body read, document parsed), then this handler (-90), then SmallRye.
 * Authentication is lazy ({@code quarkus.http.auth.proactive=false}), so this handler resolves the caller's identity
 * itself before a look-up ({@link PresentedKeys#resolve}; a presented unknown key was already refused by
 * {@link PresentedKeys}: 401, {@code ERR_ERRDEX_1302}); a caller who may not read the catalog while {@code errdex.public-reads} is false goes on to SmallRye
 * uncached and gets the same refusal as without the cache.
 * The identity (memoised by Quarkus) is the one SmallRye then uses. The key of an answer: the query text, the
 * variables as canonical JSON, the operation name, the Accept header and the caller's roles (or anonymous).
 *
 * <p>Capture: SmallRye writes its answer itself. On a miss this handler registers the request under a random token
 * (an internal request header, which SmallRye hands to GraphQL among the request's headers); an instrumentation
 * placed last on the GraphQL builder renders the final result of that request to JSON as SmallRye does
 * ({@link ExecutionResponse}); when the response has ended, the answer is kept if its status is 200, it has no errors,
 * and the bytes written equal the rendered ones.
 */
@ApplicationScoped
public class ResponseCacheRoute {

    /** Response header: hit, miss or bypass. */
    public static final String HEADER = "X-Errdex-Cache";

    /** Internal request header that ties a request to its GraphQL execution; a client's own value is removed. */
    static final String TOKEN = "X-Errdex-Cache-Token";

    /** Most misses under way at once; more are possible only when responses never end. */
    static final int MAX_PENDING = 10_000;

    /** Route order: after GraphQLRequestGate (-99), before SmallRye GraphQL. */
    static final int ORDER = -90;

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    /** A miss under way: what to store under which key, once rendered. */
    private static final class Capture {
        final String key;
        final long generation;
        volatile String rendered;

        Capture(String key, long generation) {
            this.key = key;
            this.generation = generation;
        }
    }

    private final ApiConfig.ResponseCache config;
    private final ReadAccess access;
    private final CachedResponses cache;
    private final CacheableQueries queries = new CacheableQueries();
    private final Map<String, Capture> pending = new ConcurrentHashMap<>();
    private final Counter hits;
    private final Counter misses;

    ResponseCacheRoute(ApiConfig config, ReadAccess access, CachedResponses cache, MeterRegistry meters) {
        this.config = config.responseCache();
        this.access = access;
        this.cache = cache;
        this.hits = Counter.builder("errdex.api.response.cache.hits")
                .description("GraphQL requests answered from the read-response cache").register(meters);
        this.misses = Counter.builder("errdex.api.response.cache.misses")
                .description("Cacheable GraphQL requests that ran GraphQL (answer not cached yet)").register(meters);
    }

    void install(@Observes Router router) {
        router.post("/graphql").order(ORDER).handler(this::handle);
    }

    /**
     * The instrumentation that renders the results of the requests being captured; put on SmallRye's GraphQL builder
     * by {@code dev.errdex.api.graphql.ErrdexInstrumentation}.
     */
    public Instrumentation renderer() {
        return new Render();
    }

    private void handle(RoutingContext ctx) {
        ctx.request().headers().remove(TOKEN);
        if (!config.enabled()) {
            ctx.next();
            return;
        }
        String request = requestKey(ctx);
        if (request == null) {
            bypass(ctx);
            return;
        }
        PresentedKeys.resolve(ctx, id -> {
            if (id == null) {
                bypass(ctx);
            } else {
                lookUp(ctx, request, id);
            }
        }, () -> bypass(ctx));
    }

    private void lookUp(RoutingContext ctx, String request, SecurityIdentity identity) {
        boolean anonymous = identity == null || identity.isAnonymous();
        if (!access.mayRead(identity)) {
            bypass(ctx); // refused by ReadAccess, uncached
            return;
        }
        String key = (anonymous ? "anonymous" : String.join(",", new TreeSet<>(identity.getRoles()))) + '\u0000'
                + request;
        Optional<CachedResponses.Answer> answer = cache.get(key);
        if (answer.isPresent()) {
            hits.increment();
            CachedResponses.Answer a = answer.get();
            ctx.response().setStatusCode(a.status()).putHeader("Content-Type", a.contentType()).putHeader(HEADER, "hit")
                    .end(Buffer.buffer(a.body()));
            return;
        }
        misses.increment();
        String token = UUID.randomUUID().toString();
        if (pending.size() >= MAX_PENDING) {
            pending.clear(); // left by responses that never ended (connections closed early)
        }
        pending.put(token, new Capture(key, cache.generation()));
        ctx.request().headers().set(TOKEN, token);
        ctx.response().putHeader(HEADER, "miss");
        // a body-end handler: SmallRye replaces the response's end handler that ctx.addEndHandler relies on
        ctx.addBodyEndHandler(v -> keep(ctx, token));
        ctx.next();
    }

    /**
     * The answer another route wrote for this request instead of SmallRye ({@code DirectReads}), as the string it
     * encoded; kept, on a miss, on the same terms as SmallRye's.
     */
    public void answered(RoutingContext ctx, String rendered) {
        String token = ctx.request().getHeader(TOKEN);
        Capture capture = token == null ? null : pending.get(token);
        if (capture != null) {
            capture.rendered = rendered;
        }
    }

    private void keep(RoutingContext ctx, String token) {
        Capture capture = pending.remove(token);
        HttpServerResponse response = ctx.response();
        if (capture == null || capture.rendered == null || response.getStatusCode() != 200) {
            return;
        }
        String contentType = response.headers().get("Content-Type");
        if (contentType == null) {
            return;
        }
        byte[] body = capture.rendered.getBytes(charset(contentType));
        if (body.length != response.bytesWritten()) {
            return; // not what SmallRye wrote: keep nothing rather than something else
        }
        cache.put(capture.key, new CachedResponses.Answer(200, contentType, body), capture.generation);
    }

    private static void bypass(RoutingContext ctx) {
        ctx.response().putHeader(HEADER, "bypass");
        ctx.next();
    }

    /**
     * The request's part of the key (query, operation name, canonical variables, Accept), or null when the request
     * is not cacheable.
     */
    private String requestKey(RoutingContext ctx) {
        if (ctx.request().query() != null) {
            return null; // SmallRye merges query parameters into a POST: not worth following
        }
        String type = GraphQLRequestGate.mediaType(ctx.request().getHeader("Content-Type"));
        Buffer buffer = ctx.body().buffer();
        if (buffer == null) {
            return null;
        }
        String query;
        String operationName = null;
        String variables = "";
        if (type.equals("application/graphql")) {
            query = buffer.toString(StandardCharsets.UTF_8);
        } else {
            try {
                JsonNode parsed = ctx.get(GraphQLRequestGate.PARSED_REQUEST);
                JsonNode body = parsed != null ? parsed : JSON.readTree(buffer.getBytes());
                JsonNode q = body == null ? null : body.get("query");
                JsonNode ext = body.get("extensions");
                if (q == null || !q.isTextual() || (ext != null && !ext.isNull())) {
                    return null;
                }
                query = q.asText();
                JsonNode op = body.get("operationName");
                if (op != null && !op.isNull()) {
                    if (!op.isTextual()) {
                        return null;
                    }
                    operationName = op.asText();
                }
                JsonNode vars = body.get("variables");
                if (vars != null && !vars.isNull()) {
                    variables = JSON.writeValueAsString(JSON.treeToValue(vars, Object.class));
                }
            } catch (java.io.IOException e) {
                return null;
            }
        }
        if (!queries.cacheable(query, operationName)) {
            return null;
        }
        String accept = ctx.request().getHeader("Accept");
        return query + '\u0000' + (operationName == null ? "" : operationName) + '\u0000' + variables + '\u0000'
                + (accept == null ? "" : accept);
    }

    private static Charset charset(String contentType) {
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                try {
                    return Charset.forName(p.substring(8).replace("\"", "").strip());
                } catch (RuntimeException e) {
                    return StandardCharsets.UTF_8;
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** Renders the final result of a request that {@link #lookUp} is capturing, as SmallRye renders it. */
    private final class Render extends SimplePerformantInstrumentation {

        @Override
        public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                InstrumentationExecutionParameters parameters, InstrumentationState state) {
            if (!pending.isEmpty() && result.getErrors().isEmpty() && result.isDataPresent()) {
                Capture capture = capture(parameters.getGraphQLContext().get("httpHeaders"));
                if (capture != null) {
                    capture.rendered = new ExecutionResponse(result, null).getExecutionResultAsString();
                }
            }
            return CompletableFuture.completedFuture(result);
        }

        private Capture capture(Object headers) {
            if (!(headers instanceof Map<?, ?> map)) {
                return null;
            }
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (TOKEN.equalsIgnoreCase(String.valueOf(e.getKey())) && e.getValue() instanceof List<?> values
                        && !values.isEmpty()) {
                    return pending.get(String.valueOf(values.get(0)));
                }
            }
            return null;
        }
    }
}
