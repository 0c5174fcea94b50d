package dev.errdex.triage.inbound.imap;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** With a tracer, each poll is an {@code imap poll} span and the emails it hands over run inside it. */
class MailboxPollerTracingTest extends GreenMailPollerTestBase {

    private final InMemorySpanExporter exported = InMemorySpanExporter.create();
    private final SdkTracerProvider tracing = SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(exported)).build();

    @AfterEach
    void closeTracing() {
        tracing.close();
    }

    @Test
    void eachPollIsASpanAndItsEmailsAreHandledInsideIt() {
        inbox.deliverCases(1, 3);
        List<String> traceOfEachEmail = new ArrayList<>();
        tickets.onOffer(m -> traceOfEachEmail.add(Span.current().getSpanContext().getSpanId()));
        MailboxPoller poller = new MailboxPoller(inbox.settings().build(), tickets, checkpoints, quarantine::add,
                tracing.get("test"));
        pollers.add(poller);

        poller.pollOnce();

        SpanData poll = exported.getFinishedSpanItems().stream()
                .filter(s -> s.getName().equals("imap poll")).findFirst().orElseThrow();
        assertThat(poll.getAttributes().get(AttributeKey.longKey("errdex.imap.committed"))).isEqualTo(3L);
        assertThat(traceOfEachEmail).hasSize(3).containsOnly(poll.getSpanId());
    }
}
