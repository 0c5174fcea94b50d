package dev.errdex.api.graphql;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;

import java.util.Locale;

/**
 * One span per GraphQL operation, a child of the HTTP server span: named {@code query SearchCodes} (type and
 * operation name; {@code query} alone for an anonymous one), with {@code graphql.operation.type} and
 * {@code graphql.operation.name}. The query text is never recorded (it may hold customer data). Put on the
 * GraphQL builder by {@link ErrdexInstrumentation} only when tracing is on.
 */
final class OperationSpans extends SimplePerformantInstrumentation {

    private final Tracer tracer;

    OperationSpans(Tracer tracer) {
        this.tracer = tracer;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        OperationDefinition operation = parameters.getExecutionContext().getOperationDefinition();
        String type = operation.getOperation().name().toLowerCase(Locale.ROOT);
        String name = operation.getName();
        var builder = tracer.spanBuilder(name == null ? type : type + " " + name)
                .setAttribute("graphql.operation.type", type);
        if (name != null) {
            builder.setAttribute("graphql.operation.name", name);
        }
        Span span = builder.startSpan();
        return SimpleInstrumentationContext.whenCompleted((result, failure) -> {
            if (failure != null) {
                span.recordException(failure);
                span.setStatus(StatusCode.ERROR);
            } else if (result != null && !result.getErrors().isEmpty()) {
                span.setStatus(StatusCode.ERROR);
            }
            span.end();
        });
    }
}
