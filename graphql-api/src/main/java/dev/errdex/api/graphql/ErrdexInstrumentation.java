package dev.errdex.api.graphql;

import dev.errdex.api.error.RequestErrorCodes;
import dev.errdex.api.graphql.cache.ResponseCacheRoute;
import dev.errdex.api.graphql.limits.RequestLimits;
import dev.errdex.api.ops.WebSocketOperations;
import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import dev.errdex.api.ops.Tracing;
import io.opentelemetry.api.trace.Tracer;
import io.quarkus.arc.Arc;
import io.smallrye.graphql.spi.EventingService;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts errdex's instrumentations on SmallRye's GraphQL builder: first the rate limit of operations over a WebSocket
 * ({@link WebSocketOperations}), then SmallRye's own, then errdex's cost, time and size limits
 * ({@link RequestLimits}: depth and fields too), then the codes of request-level
 * errors ({@link RequestErrorCodes}), then the rendering of answers the read-response cache captures
 * ({@link ResponseCacheRoute#renderer()}), and when tracing is on a span per operation ({@link OperationSpans}).
 *
 * <p>SmallRye sets one instrumentation on the builder, its query cache (with
 * {@code quarkus.smallrye-graphql.instrumentation-query-depth / -complexity} set it would add graphql-java's depth and
 * complexity limits, which build a normalized operation per request; errdex leaves them unset and counts depth and
 * fields in {@link RequestLimits}). It is kept and errdex's are chained around it. SmallRye's query cache, bounded by
 * entries only (2,048 documents of any length), is replaced as the builder's document provider by
 * {@link ParsedDocuments}, bounded by characters too; SmallRye's instrumentation then finds nothing to learn and
 * passes validation through.
 *
 * <p>A SmallRye {@link EventingService} registered in {@code META-INF/services} (no configuration key: always on),
 * not a CDI observer of the builder: SmallRye's CDI events ({@code quarkus.smallrye-graphql.events.enabled}) stay
 * off, as they would also fire around every field of every request.
 */
public class ErrdexInstrumentation implements EventingService {

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        // the builder does not tell which instrumentation it holds; a GraphQL built from it does
        Instrumentation smallRye = builder.build().getInstrumentation();
        // a test JVM that restarts the application may hand in a builder while this class still sees the previous
        // application's container, whose beans are gone: then GraphQL works without the cache's capture
        var cache = Arc.container().instance(ResponseCacheRoute.class);
        var limits = Arc.container().instance(RequestLimits.class);
        List<Instrumentation> chain = new ArrayList<>(List.of(new WebSocketOperations(), smallRye));
        if (limits.isAvailable()) {
            chain.add(limits.get().instrumentation());
        }
        chain.add(RequestErrorCodes.instrumentation());
        if (cache.isAvailable()) {
            chain.add(cache.get().renderer());
        }
        // operation spans only when tracing is on: with it off, no per-request work at all
        if (Tracing.enabled()) {
            chain.add(new OperationSpans(Arc.container().instance(Tracer.class).get()));
        }
        return builder.instrumentation(new ChainedInstrumentation(chain))
                .preparsedDocumentProvider(new ParsedDocuments());
    }

    /**
     * The instrumentations of {@link DirectReads}: the same limits and cost, and spans when tracing is on. (The
     * request-error codes and the cache's capture are left out: an operation with errors goes to SmallRye, and the
     * direct path hands its answer to the cache itself.)
     */
    static Instrumentation directChain() {
        List<Instrumentation> chain = new ArrayList<>();
        chain.add(Arc.container().instance(RequestLimits.class).get().instrumentation());
        if (Tracing.enabled()) {
            chain.add(new OperationSpans(Arc.container().instance(Tracer.class).get()));
        }
        return new ChainedInstrumentation(chain);
    }
}
