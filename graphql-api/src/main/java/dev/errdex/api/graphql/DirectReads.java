package dev.errdex.api.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errdex.api.error.GraphQLRequestGate;
import dev.errdex.api.graphql.cache.RememberedDocuments;
import dev.errdex.api.graphql.cache.ResponseCacheRoute;
import dev.errdex.api.ops.ApiConfig;
import dev.errdex.api.security.PresentedKeys;
import dev.errdex.api.security.ReadAccess;
import dev.errdex.catalog.service.CatalogService;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.Map;

/**
 * Answers plain catalog reads on {@code POST /graphql} without SmallRye's per-request machinery: a query whose every
 * field has a direct fetcher ({@link DirectSchema}: {@code errorCode(code)} with the stored fields of
 * {@code ErrorCode}, {@code FixGuide}, {@code SourceSite}, and {@code related}) runs on graphql-java with SmallRye's own
 * schema and errdex's instrumentations (limits and cost, spans), and its answer is rendered once, with Jackson. Switched
 * by {@code errdex.api.fast-path} (on by default); counted as {@code errdex.api.graphql.direct}.
 *
 * <p>Everything else goes on to SmallRye unchanged: mutations and subscriptions, any other field, requests with query
 * parameters or as {@code application/graphql}, an Accept header other than none, {@code *}{@code /*},
 * {@code application/json} or {@code application/graphql+json}, callers who may not read the catalog (SmallRye refuses
 * them as before), and every operation whose result has an error (validation, limits, a field without a direct
 * fetcher): its result is dropped and SmallRye runs it again, so errors are only ever SmallRye's. The plain reads have
 * no side effects, so running one twice changes nothing. {@code DirectReadsTest} holds both paths to the same JSON and
 * headers.
 *
 * <p>Where it runs: after the read-response cache ({@link ResponseCacheRoute}, -90: a hit never gets here, a miss hands
 * its answer back to the cache), before SmallRye; the work runs on a worker thread, never the event loop.
 */
@ApplicationScoped
public class DirectReads {

    /** Route order: after the read-response cache (-90), before SmallRye GraphQL. */
    static final int ORDER = -89;

    /** What SmallRye answers without an Accept header or with {@code *}{@code /*}. */
    static final String DEFAULT_TYPE = "application/graphql-response+json; charset=UTF-8";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger LOG = Logger.getLogger(DirectReads.class);

    private final ApiConfig config;
    private final ReadAccess access;
    private final CatalogService catalog;
    private final CatalogQueriesApi queries;
    private final ResponseCacheRoute cache;
    private final Counter answered;
    private final RememberedDocuments<DirectSchema.Plan> plans = new RememberedDocuments<>(2000, 2_000_000);
    private volatile boolean enabled;
    private volatile GraphQL graphQL;

    DirectReads(ApiConfig config, ReadAccess access, CatalogService catalog, CatalogQueriesApi queries,
                ResponseCacheRoute cache, MeterRegistry meters) {
        this.config = config;
        this.access = access;
        this.catalog = catalog;
        this.queries = queries;
        this.cache = cache;
        this.enabled = config.fastPath();
        this.answered = Counter.builder("errdex.api.graphql.direct")
                .description("GraphQL reads answered on the direct path, without SmallRye").register(meters);
    }

    void install(@Observes Router router) {
        router.post("/graphql").order(ORDER).handler(this::handle);
    }

    /** Switches the direct path on or off while running (tests compare both paths in one application). */
    void enable(boolean on) {
        enabled = on;
    }

    /** Reads answered on the direct path so far. */
    double answered() {
        return answered.count();
    }

    private void handle(RoutingContext ctx) {
        JsonNode request = ctx.get(GraphQLRequestGate.PARSED_REQUEST);
        String type = responseType(ctx.request().getHeader("Accept"));
        if (!enabled || request == null || type == null || ctx.request().query() != null) {
            ctx.next();
            return;
        }
        String query = request.path("query").asText();
        JsonNode op = request.get("operationName");
        String operationName = op == null || op.isNull() ? null : op.asText();
        DirectSchema.Plan plan = plan(query);
        if (plan == DirectSchema.Plan.SMALLRYE) {
            ctx.next();
            return;
        }
        PresentedKeys.resolve(ctx, identity -> {
            if (!access.mayRead(identity)) {
                ctx.next(); // SmallRye refuses it, with its error
                return;
            }
            JsonNode variables = request.get("variables");
            ctx.vertx().executeBlocking(() -> execute(query, operationName, variables, plan), false)
                    .onComplete(done -> {
                        String body = done.succeeded() ? done.result() : null;
                        if (done.failed()) {
                            LOG.debug("SmallRye runs the operation again", done.cause());
                        }
                        if (body == null) {
                            ctx.next();
                            return;
                        }
                        answered.increment();
                        cache.answered(ctx, body);
                        ctx.response().setStatusCode(200).putHeader("Content-Type", type)
                                .end(Buffer.buffer(body, "UTF-8"));
                    });
        }, ctx::next);
    }

    /** The answer as SmallRye would render it, or null when SmallRye must run the operation. */
    private String execute(String query, String operationName, JsonNode variables, DirectSchema.Plan plan)
            throws Exception {
        ExecutionInput.Builder input = ExecutionInput.newExecutionInput().query(query).operationName(operationName);
        if (variables != null && !variables.isNull()) {
            input.variables(JSON.convertValue(variables, Map.class));
        }
        if (plan == DirectSchema.Plan.DIRECT_WITH_RELATED) {
            input.dataLoaderRegistry(DirectSchema.loaders(queries));
        }
        ExecutionResult result = engine().execute(input.build());
        if (!result.getErrors().isEmpty() || !result.isDataPresent()) {
            LOG.debugf("SmallRye runs the operation again: %s", result.getErrors());
            return null;
        }
        return JSON.writeValueAsString(result.toSpecification());
    }

    private DirectSchema.Plan plan(String query) {
        DirectSchema.Plan known = plans.get(query);
        if (known == null) {
            try {
                known = DirectSchema.plan(Parser.parse(query)); // GraphQLRequestGate refused documents over the limits
            } catch (RuntimeException e) {
                known = DirectSchema.Plan.SMALLRYE;
            }
            plans.put(query, known);
        }
        return known;
    }

    private GraphQL engine() {
        GraphQL engine = graphQL;
        if (engine == null) {
            synchronized (this) {
                if (graphQL == null) {
                    GraphQLSchema smallRye = Arc.container().instance(GraphQLSchema.class).get();
                    graphQL = GraphQL.newGraphQL(DirectSchema.of(smallRye, catalog))
                            .instrumentation(ErrdexInstrumentation.directChain())
                            .preparsedDocumentProvider(new ParsedDocuments())
                            .build();
                }
                engine = graphQL;
            }
        }
        return engine;
    }

    /** The Content-Type SmallRye answers for this Accept header, or null to leave the request to SmallRye. */
    static String responseType(String accept) {
        if (accept == null || accept.isEmpty() || accept.equals("*/*")) {
            return DEFAULT_TYPE;
        }
        if (accept.equals("application/json") || accept.equals("application/graphql+json")) {
            return accept;
        }
        return null;
    }
}
