package dev.errdex.api.graphql.limits;

import dev.errdex.api.error.ApiError;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;

import java.util.List;
import java.util.Map;

/**
 * Stops a GraphQL operation at one of errdex's limits; graphql-java turns it into the answer's only error, which
 * carries the code in {@code extensions.code}.
 */
public final class LimitExceeded extends AbortExecutionException {

    private final transient ApiError error;

    public LimitExceeded(ApiError error, Object... args) {
        super(List.of(error(error, args)));
        this.error = error;
    }

    /** The limit that stopped the operation. */
    public ApiError error() {
        return error;
    }

    /** A GraphQL error with errdex's code. */
    static GraphQLError error(ApiError error, Object... args) {
        return GraphqlErrorBuilder.newError().message(error.message(args))
                .extensions(Map.of("code", error.code(), "classification", "ExecutionAborted")).build();
    }
}
