package dev.errdex.triage.ops;

import dev.errdex.triage.ticket.MailboxChannel;
import dev.errdex.triage.ticket.TicketState;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What an operator watches of the ticket pipeline, as Micrometer gauges at {@code /q/metrics}:
 * <ul>
 *   <li>{@code errdex.outbox.depth}: notes waiting to be delivered (pending or being sent);</li>
 *   <li>{@code errdex.outbox.dead.letters}: notes given up on (each needs a person);</li>
 *   <li>{@code errdex.outbox.oldest.due.seconds}: how long the oldest note that is due now has waited (0 when none
 *       is due); it grows only when nothing sends, which is what {@link #stuck} tells readiness;</li>
 *   <li>{@code errdex.tickets{state}}: tickets per state;</li>
 *   <li>{@code errdex.imap.last.poll.seconds}: when this process last read the mailbox to its end (epoch seconds,
 *       absent while it does not poll), and {@code errdex.imap.lag.seconds}: how long ago that was.</li>
 * </ul>
 * The database counts are read at most every {@link #REFRESH} (one short transaction), however often the metrics
 * are scraped.
 */
@Startup
@ApplicationScoped
public class PipelineGauges {

    /** The counts are at most this old. */
    static final Duration REFRESH = Duration.ofSeconds(10);

    private static final Logger LOG = Logger.getLogger(PipelineGauges.class);

    private final EntityManager em;
    private final MailboxChannel mailbox;
    private final Clock clock = Clock.systemUTC();
    private volatile Snapshot snapshot = new Snapshot(Instant.EPOCH, 0, 0, null, Map.of());

    /** The counts read last. */
    record Snapshot(Instant readAt, long depth, long deadLetters, Instant oldestDue, Map<String, Long> tickets) {
    }

    PipelineGauges(EntityManager em, MailboxChannel mailbox, MeterRegistry meters) {
        this.em = em;
        this.mailbox = mailbox;
        Gauge.builder("errdex.outbox.depth", this, g -> g.current().depth())
                .description("Notes waiting to be delivered (pending or being sent)").register(meters);
        Gauge.builder("errdex.outbox.dead.letters", this, g -> g.current().deadLetters())
                .description("Notes given up on after their attempts or a final refusal").register(meters);
        Gauge.builder("errdex.outbox.oldest.due.seconds", this, g -> g.oldestDueAge().toMillis() / 1000.0)
                .description("How long the oldest note that is due now has waited to be sent").register(meters);
        for (TicketState t : TicketState.values()) {
            String state = t.name();
            Gauge.builder("errdex.tickets", this, g -> g.current().tickets().getOrDefault(state, 0L))
                    .tag("state", state).description("Tickets per state").register(meters);
        }
        Gauge.builder("errdex.imap.last.poll.seconds", this,
                        g -> g.lastPoll().map(i -> i.toEpochMilli() / 1000.0).orElse(Double.NaN))
                .description("When this process last read the mailbox to its end (epoch seconds)").register(meters);
        Gauge.builder("errdex.imap.lag.seconds", this,
                        g -> g.lastPoll().map(i -> Duration.between(i, clock.instant()).toMillis() / 1000.0)
                                .orElse(Double.NaN))
                .description("How long ago this process last read the mailbox to its end").register(meters);
    }

    /** How long the oldest due note has waited; zero when none is due. */
    public Duration oldestDueAge() {
        Instant due = current().oldestDue();
        if (due == null) {
            return Duration.ZERO;
        }
        Duration age = Duration.between(due, clock.instant());
        return age.isNegative() ? Duration.ZERO : age;
    }

    /** True when a note has been due for longer than {@code after}: nothing is sending. */
    public boolean stuck(Duration after) {
        return oldestDueAge().compareTo(after) > 0;
    }

    /** Notes waiting and dead, as read last. */
    public long depth() {
        return current().depth();
    }

    public long deadLetters() {
        return current().deadLetters();
    }

    private java.util.Optional<Instant> lastPoll() {
        return mailbox.poller().flatMap(p -> p.lastSuccessfulPoll());
    }

    /** The counts, read again when they are older than {@link #REFRESH}. */
    Snapshot current() {
        Snapshot s = snapshot;
        Instant now = clock.instant();
        if (Duration.between(s.readAt(), now).compareTo(REFRESH) < 0) {
            return s;
        }
        synchronized (this) {
            if (snapshot != s) {
                return snapshot;
            }
            try {
                snapshot = QuarkusTransaction.requiringNew().call(() -> read(now));
            } catch (RuntimeException e) {
                LOG.debugf("pipeline counts not read: %s", e.toString());
                snapshot = new Snapshot(now, s.depth(), s.deadLetters(), s.oldestDue(), s.tickets());
            }
            return snapshot;
        }
    }

    private Snapshot read(Instant now) {
        Object[] outbox = (Object[]) em.createNativeQuery("SELECT COUNT(*), MIN(CASE WHEN next_attempt_at <= ?1"
                        + " THEN next_attempt_at END) FROM outbound_delivery WHERE state IN ('PENDING', 'SENDING')")
                .setParameter(1, OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC)).getSingleResult();
        long dead = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM outbound_dead_letter").getSingleResult())
                .longValue();
        Map<String, Long> tickets = new ConcurrentHashMap<>();
        for (Object row : em.createNativeQuery("SELECT state, COUNT(*) FROM ticket GROUP BY state").getResultList()) {
            Object[] r = (Object[]) row;
            tickets.put((String) r[0], ((Number) r[1]).longValue());
        }
        return new Snapshot(now, ((Number) outbox[0]).longValue(), dead, instant(outbox[1]), tickets);
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.ZonedDateTime z) {
            return z.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass().getName());
    }
}
