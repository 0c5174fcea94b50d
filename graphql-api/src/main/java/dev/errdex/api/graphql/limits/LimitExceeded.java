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
        this(error, error.message(args));
    }

    private LimitExceeded(ApiError error, String message) {
        super(List.of(withMessage(error, message)));
        this.error = error;
    }

    /** The error's message followed by {@code detail} in brackets (for messages without arguments). */
    static LimitExceeded detailed(ApiError error, String detail) {
        return new LimitExceeded(error, error.message() + " (" + detail + ")");
    }

    /** The limit that stopped the operation. */
    public ApiError error() {
        return error;
    }

    /** A GraphQL error with errdex's code. */
    static GraphQLError error(ApiError error, Object... args) {
        return withMessage(error, error.message(args));
    }

    private static GraphQLError withMessage(ApiError error, String message) {
        return GraphqlErrorBuilder.newError().message(message)
                .extensions(Map.of("code", error.code(), "classification", "ExecutionAborted")).build();
    }
}
