package dev.errdex.api.outbound;

import dev.errdex.triage.outbound.DeliveryStatus;
import dev.errdex.triage.outbound.OutboundDispatcher;
import dev.errdex.triage.outbound.Outbox;
import dev.errdex.catalog.testing.PostgresTestDatabase;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

import java.util.List;

import static org.assertj.core.api.Assertions.fail;

/**
 * Receivers reset before each test, and the outbox scheduler paused so that tests drive the dispatcher themselves
 * ({@link #drain(String)} sends a ticket's notes until none is left to send); a test of the scheduler resumes it.
 */
@WithTestResource(value = PostgresTestDatabase.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OutboundReceivers.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
abstract class OutboundTestBase {

    static final String OUTBOX_JOB = "errdex-outbound";
    private static final int MAX_ROUNDS = 2400;

    @Inject
    TicketEvents events;

    @Inject
    Outbox outbox;

    @Inject
    OutboundDispatcher dispatcher;

    @Inject
    Scheduler scheduler;

    HelpdeskReceiver helpdesk;

    @BeforeEach
    void resetReceivers() throws Exception {
        scheduler.pause(OUTBOX_JOB);
        helpdesk = OutboundReceivers.helpdesk();
        helpdesk.reset();
        OutboundReceivers.smtp().purgeEmailFromAllMailboxes();
    }

    /**
     * Runs the dispatcher until every note of the ticket is delivered or dead (backoffs are milliseconds in these
     * tests); the bound only stops a broken build from looping for ever.
     */
    List<DeliveryStatus> drain(String ticketId) throws InterruptedException {
        return settle(ticketId, true);
    }

    /** Waits until every note of the ticket is delivered or dead, sending them itself when {@code send}. */
    List<DeliveryStatus> settle(String ticketId, boolean send) throws InterruptedException {
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<DeliveryStatus> notes = outbox.deliveries(ticketId);
            if (notes.stream().allMatch(d -> d.state().equals("DELIVERED") || d.state().equals("DEAD"))) {
                return notes;
            }
            if (!send || dispatcher.processDue() == 0) {
                Thread.sleep(send ? 5 : 25);
            }
        }
        return fail("notes of " + ticketId + " still pending: " + outbox.deliveries(ticketId));
    }
}
