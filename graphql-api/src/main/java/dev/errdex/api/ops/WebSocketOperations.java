package dev.errdex.api.ops;

import dev.errdex.api.error.ApiError;
import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

import java.util.List;
import java.util.Map;

/**
 * Counts every GraphQL operation a WebSocket connection to {@code /graphql} carries against the bucket its upgrade
 * request was counted in ({@link RateLimitFilter}): over the budget, the operation ends with {@code ERR_ERRDEX_1310}
 * instead of running. Operations over HTTP were counted as requests already and pass untouched.
 */
public final class WebSocketOperations extends SimplePerformantInstrumentation {

    @Override
    public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
                                                                  InstrumentationState state) {
        RoutingContext upgrade = upgradeRequest();
        if (upgrade != null && upgrade.get(RateLimitFilter.WEBSOCKET_BUDGET) != null) {
            long wait = Arc.container().instance(RateLimitFilter.class).get().takeForOperation(upgrade);
            if (wait > 0) {
                throw new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
                        .message(ApiError.RATE_LIMITED.message() + " (retry after " + wait + " s)")
                        .extensions(Map.of("code", ApiError.RATE_LIMITED.code(), "retryAfter", wait)).build()));
            }
        }
        return super.beginExecution(parameters, state);
    }

    /** The HTTP request of the current operation, when a request context is active. */
    private static RoutingContext upgradeRequest() {
        ArcContainer arc = Arc.container();
        if (arc == null || !arc.requestContext().isActive()) {
            return null;
        }
        return arc.instance(CurrentVertxRequest.class).get().getCurrent();
    }
}
