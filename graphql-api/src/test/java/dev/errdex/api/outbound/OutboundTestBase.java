package dev.errdex.api.outbound;

import dev.errdex.catalog.testing.PostgresTestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

import java.util.List;

import static org.assertj.core.api.Assertions.fail;

/** Receivers reset before each test; {@link #drain(String)} sends a ticket's notes until none is left to send. */
@WithTestResource(value = PostgresTestDatabase.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OutboundReceivers.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
abstract class OutboundTestBase {

    private static final int MAX_ROUNDS = 500;

    @Inject
    TicketEvents events;

    @Inject
    Outbox outbox;

    @Inject
    OutboundDispatcher dispatcher;

    HelpdeskReceiver helpdesk;

    @BeforeEach
    void resetReceivers() throws Exception {
        helpdesk = OutboundReceivers.helpdesk();
        helpdesk.reset();
        OutboundReceivers.smtp().purgeEmailFromAllMailboxes();
    }

    /**
     * Runs the dispatcher until every note of the ticket is delivered or dead (backoffs are milliseconds in these
     * tests); the bound only stops a broken build from looping for ever.
     */
    List<DeliveryStatus> drain(String ticketId) throws InterruptedException {
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<DeliveryStatus> notes = outbox.deliveries(ticketId);
            if (notes.stream().allMatch(d -> d.state().equals("DELIVERED") || d.state().equals("DEAD"))) {
                return notes;
            }
            if (dispatcher.processDue() == 0) {
                Thread.sleep(5);
            }
        }
        return fail("notes of " + ticketId + " still pending: " + outbox.deliveries(ticketId));
    }
}
