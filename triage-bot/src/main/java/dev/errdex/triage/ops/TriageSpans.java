package dev.errdex.triage.ops;

import dev.errdex.triage.TriageSteps;
import io.opentelemetry.api.trace.Tracer;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.function.Supplier;

/**
 * The triage engine's steps as child spans of the current span ({@code triage read}, {@code triage extract},
 * {@code triage match}). With tracing off (the default) the tracer is a no-op and a step costs a method call.
 */
@ApplicationScoped
public class TriageSpans implements TriageSteps {

    private final Tracer tracer;

    public TriageSpans(Tracer tracer) {
        this.tracer = tracer;
    }

    @Override
    public <T> T run(String step, Supplier<T> work) {
        return SpanWork.run(tracer.spanBuilder("triage " + step).startSpan(), span -> work.get());
    }
}
