package dev.errdex.triage.ticket.internal;

import dev.errdex.triage.inbound.imap.HandleOutcome;
import dev.errdex.triage.inbound.imap.InboundMessage;
import dev.errdex.triage.inbound.imap.InboundMessageHandler;
import dev.errdex.triage.ticket.Channel;
import dev.errdex.triage.ticket.IngestResult;
import dev.errdex.triage.ticket.TicketService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The IMAP channel's handler: {@link TicketService#ingest} answered as the poller expects. COMMITTED only after the
 * ticket's transaction committed (ingest returns after the commit), DUPLICATE for a known email, REJECTED with the
 * reader's code and reason; database failures propagate (the poller retries the message later).
 */
@ApplicationScoped
public class TicketIntake implements InboundMessageHandler {

    @Inject
    TicketService tickets;

    @Override
    public HandleOutcome handle(InboundMessage message) {
        IngestResult r = tickets.ingest(message.raw(), Channel.IMAP, message.reference());
        return switch (r.outcome()) {
            case CREATED, APPENDED -> HandleOutcome.committed(r.ticket().id());
            case DUPLICATE -> HandleOutcome.duplicate(r.ticket().id());
            case REJECTED -> HandleOutcome.rejected(r.errorCode() + ": " + r.reason());
        };
    }
}
