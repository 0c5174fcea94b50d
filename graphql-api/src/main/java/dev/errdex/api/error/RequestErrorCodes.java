package dev.errdex.api.error;

import graphql.ExceptionWhileDataFetching;
import graphql.execution.ResultPath;
import io.smallrye.graphql.execution.error.GraphQLExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Gives errors of a whole request (syntax, validation, depth and complexity limits) errdex's codes in
 * {@code extensions.code}: {@code ERR_ERRDEX_1314} for a query over the limits, {@code ERR_ERRDEX_1313} for any other
 * invalid request. Errors of fields keep the code {@link ErrorCodeExtension} gives them; one without a message
 * (Quarkus's {@code @RolesAllowed} refusals carry none) gets the message of its code. Put on SmallRye's GraphQL
 * builder by {@code dev.errdex.api.graphql.ErrdexInstrumentation}.
 */
public final class RequestErrorCodes {

    private RequestErrorCodes() {
    }

    /** The instrumentation that adds the codes. */
    public static Instrumentation instrumentation() {
        return new Codes();
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
                if (e instanceof ExceptionWhileDataFetching fetching && (e.getMessage() == null
                        || e.getMessage().isBlank() || e.getMessage().equals("null"))) {
                    // an exception without a message (Quarkus's @RolesAllowed refusals): the message of its code
                    errors.add(new GraphQLExceptionWhileDataFetching(
                            ErrdexErrors.describe(fetching.getException(), false).message(),
                            ResultPath.fromList(fetching.getPath()),
                            fetching.getException(),
                            e.getLocations() == null || e.getLocations().isEmpty() ? null : e.getLocations().get(0)));
                    changed = true;
                    continue;
                }
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
