package dev.errdex.api.ops;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/**
 * Keeps the spans the application ends in memory: a span processor bean, which Quarkus adds to its tracer provider
 * next to the OTLP exporter. Used only while tracing is on ({@link TracingTest}); otherwise nothing reaches it.
 */
@Singleton
public class InMemorySpans {

    static final InMemorySpanExporter EXPORTER = InMemorySpanExporter.create();

    @Produces
    @Singleton
    @Unremovable
    SpanProcessor inMemory() {
        return SimpleSpanProcessor.create(EXPORTER);
    }

    /** Waits up to 20 s for an ended span that matches, and returns the spans ended by then. */
    static SpanData await(Predicate<SpanData> wanted) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(until)) {
            List<SpanData> ended = EXPORTER.getFinishedSpanItems();
            for (SpanData s : ended) {
                if (wanted.test(s)) {
                    return s;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no such span among " + EXPORTER.getFinishedSpanItems().stream()
                .map(SpanData::getName).toList());
    }
}
