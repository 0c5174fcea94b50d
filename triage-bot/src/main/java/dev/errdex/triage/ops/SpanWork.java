package dev.errdex.triage.ops;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;

import java.util.function.Function;

/**
 * Runs work inside a started span: the span is current while it runs (so database and child spans hang under it),
 * an exception marks it failed, and it ends either way. With tracing off the span is OpenTelemetry's no-op span.
 */
public final class SpanWork {

    private SpanWork() {
    }

    /** Runs {@code work} with {@code span} current, and ends the span. */
    public static <T> T run(Span span, Function<Span, T> work) {
        try (Scope ignored = span.makeCurrent()) {
            return work.apply(span);
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR);
            throw e;
        } finally {
            span.end();
        }
    }
}
