package dev.errdex.triage.outbound;

import dev.errdex.triage.outbound.internal.NoteSender;
import dev.errdex.triage.outbound.DeliveryOutcome;
import dev.errdex.triage.outbound.RetryPolicy;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import dev.errdex.triage.ops.SpanWork;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Sends due notes from the outbox, every {@code errdex.outbound.poll-interval}: reserve (lease), send outside any
 * transaction, record the outcome. Runs are never concurrent within one service; several services may share the
 * outbox, because a note is reserved by a conditional update.
 */
@ApplicationScoped
public class OutboundDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboundDispatcher.class);

    private final Outbox outbox;
    private final NoteSender sender;
    private final OutboundSettings settings;
    private final RetryPolicy policy;
    private final MeterRegistry meters;
    private final Tracer tracer;

    public OutboundDispatcher(Outbox outbox, NoteSender sender, OutboundSettings settings, MeterRegistry meters,
                              Tracer tracer) {
        this.outbox = outbox;
        this.tracer = tracer;
        this.meters = meters;
        this.sender = sender;
        this.settings = settings;
        OutboundSettings.Retry r = settings.retry();
        this.policy = new RetryPolicy(r.maxAttempts(), r.baseDelay(), r.maxDelay(), r.jitter());
    }

    @Scheduled(identity = "errdex-outbound", every = "${errdex.outbound.poll-interval:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        processDue();
    }

    /** Sends what is due now; returns how many notes were attempted. */
    public int processDue() {
        List<Long> due = outbox.due(Instant.now(), settings.batchSize());
        int attempted = 0;
        for (long id : due) {
            Optional<Outbox.Claimed> claimed = outbox.claim(id, Instant.now(), settings.lease());
            if (claimed.isEmpty()) {
                continue;
            }
            Outbox.Claimed note = claimed.get();
            // one span per delivery attempt: connector, attempt, outcome (delivered, retry, dead)
            Span span = tracer.spanBuilder("deliver note").setSpanKind(SpanKind.CLIENT)
                    .setAttribute("errdex.delivery.connector", note.target())
                    .setAttribute("errdex.delivery.attempt", note.attempt())
                    .startSpan();
            Attempt done = SpanWork.run(span, current -> {
                DeliveryOutcome outcome = sender.send(note);
                DeliveryStatus status = outbox.record(note, outcome, Instant.now(), policy,
                        ThreadLocalRandom.current());
                current.setAttribute("errdex.delivery.outcome", Attempt.result(status));
                if (!status.state().equals("DELIVERED")) {
                    current.setStatus(StatusCode.ERROR, outcome.detail());
                }
                return new Attempt(outcome, status);
            });
            DeliveryOutcome outcome = done.outcome();
            DeliveryStatus status = done.status();
            attempted++;
            // errdex_outbound_notes_total{target, outcome}: delivered, retry, dead (dead letters are visible here)
            meters.counter("errdex.outbound.notes", "target", note.target(), "outcome", Attempt.result(status))
                    .increment();
            switch (status.state()) {
                case "DELIVERED" -> LOG.infof("note %s of ticket %s delivered to %s (attempt %d)",
                        note.idempotencyKey(), note.ticketId(), note.target(), note.attempt());
                case "DEAD" -> LOG.errorf("note %s of ticket %s to %s is dead after %d attempts: %s",
                        note.idempotencyKey(), note.ticketId(), note.target(), note.attempt(), outcome.detail());
                default -> LOG.warnf("note %s of ticket %s to %s failed (attempt %d), will retry: %s",
                        note.idempotencyKey(), note.ticketId(), note.target(), note.attempt(), outcome.detail());
            }
        }
        return attempted;
    }

    /** What one delivery attempt did. */
    private record Attempt(DeliveryOutcome outcome, DeliveryStatus status) {

        /** The outcome as metrics and spans name it: delivered, retry, dead. */
        static String result(DeliveryStatus status) {
            return status.state().equals("PENDING") ? "retry" : status.state().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
