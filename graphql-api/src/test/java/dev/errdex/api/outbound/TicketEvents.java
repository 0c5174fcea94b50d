package dev.errdex.api.outbound;

import dev.errdex.triage.ticket.TicketAnnotated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Fires {@link TicketAnnotated} the way the ticket service does: inside the transaction that stores the ticket. */
@ApplicationScoped
public class TicketEvents {

    static final String CUSTOMER = "customer@example.com";

    @Inject
    Event<TicketAnnotated> annotated;

    @Inject
    TransactionManager transactions;

    /** Fires in a transaction that commits. */
    @Transactional
    public void fireCommitted(TicketAnnotated event) {
        annotated.fire(event);
    }

    /** Fires in a transaction that is then rolled back. */
    @Transactional
    public void fireRolledBack(TicketAnnotated event) throws Exception {
        annotated.fire(event);
        transactions.setRollbackOnly();
    }

    /** Fires outside any transaction. */
    public void fireWithoutTransaction(TicketAnnotated event) {
        annotated.fire(event);
    }

    /** An annotated ticket of a live channel, received just now, with one attached and one suggested code. */
    static TicketAnnotated ticket(String channel, Instant receivedAt) {
        String id = "t-" + UUID.randomUUID();
        return new TicketAnnotated(id, "<" + id + "@mail.example.com>", "Tunnel down <script>", CUSTOMER,
                "ANNOTATED", List.of(
                new TicketAnnotated.Annotation("ERR_NGROK_3200", "EXPLICIT", 0.98, true,
                        "ERR_NGROK_3200 tunnel not found",
                        "## Fix\n\n1. Start the agent with `ngrok http 80`.\n2. Check the **endpoint** URL.\n\n"
                                + "<script>alert(1)</script>",
                        "Fix: start the agent (ngrok http 80) and check the endpoint URL.",
                        "https://ngrok.com/docs/errors/err_ngrok_3200", 3),
                new TicketAnnotated.Annotation("ERR_NGROK_108", "INFERRED", 0.41, false,
                        "too many sessions", "Stop other agents.", "Stop other agents.",
                        "https://ngrok.com/docs/errors/err_ngrok_108", 1)),
                Instant.now(), receivedAt, channel);
    }
}
