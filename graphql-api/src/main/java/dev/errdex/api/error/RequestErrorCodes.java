package dev.errdex.api.error;

import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.smallrye.graphql.spi.EventingService;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Gives errors of a whole request (syntax, validation, depth and complexity limits) errdex's codes in
 * {@code extensions.code}: {@code ERR_ERRDEX_1314} for a query over the limits, {@code ERR_ERRDEX_1313} for any other
 * invalid request. Errors of fields keep the code {@link ErrorCodeExtension} gives them.
 *
 * <p>SmallRye sets one instrumentation on the GraphQL builder: the depth and complexity limits
 * ({@code quarkus.smallrye-graphql.instrumentation-query-depth / -complexity}) and its query cache, which keeps
 * parsed and validated documents (it learns them through the instrumentation). This observer keeps that
 * instrumentation and adds its own after it; replacing it would leave the cache empty, so that every request would be
 * parsed and validated again.
 *
 * <p>Registered as a SmallRye {@link EventingService} through {@code META-INF/services} (no configuration key: always
 * on), not as a CDI observer: SmallRye's CDI events ({@code quarkus.smallrye-graphql.events.enabled}) would also fire
 * events around every field of every request, a cost paid for nothing here.
 */
public class RequestErrorCodes implements EventingService {

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        // the builder does not tell which instrumentation it holds; a GraphQL built from it does
        Instrumentation smallRye = builder.build().getInstrumentation();
        return builder.instrumentation(new ChainedInstrumentation(List.of(smallRye, new Codes())));
    }

    /** Adds the code to request-level errors. */
    static final class Codes extends SimplePerformantInstrumentation {

        @Override
        public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                InstrumentationExecutionParameters parameters, InstrumentationState state) {
            if (result.getErrors().isEmpty()) {
                return CompletableFuture.completedFuture(result);
            }
            List<GraphQLError> errors = new ArrayList<>();
            boolean changed = false;
            for (GraphQLError e : result.getErrors()) {
                if (e instanceof ExceptionWhileDataFetching
                        || (e.getExtensions() != null && e.getExtensions().containsKey("code"))) {
                    errors.add(e);
                    continue;
                }
                ApiError code = "ExecutionAborted".equals(String.valueOf(e.getErrorType()))
                        ? ApiError.QUERY_TOO_LARGE : ApiError.BAD_REQUEST;
                Map<String, Object> extensions = new HashMap<>(e.getExtensions() == null ? Map.of()
                        : e.getExtensions());
                extensions.put("code", code.code());
                errors.add(GraphqlErrorBuilder.newError().message(code == ApiError.QUERY_TOO_LARGE
                                ? code.message() + " (" + e.getMessage() + ")" : code.message(e.getMessage()))
                        .locations(e.getLocations()).path(e.getPath()).errorType(e.getErrorType())
                        .extensions(extensions).build());
                changed = true;
            }
            return CompletableFuture.completedFuture(changed
                    ? result.transform(b -> b.errors(errors)) : result);
        }
    }
}
