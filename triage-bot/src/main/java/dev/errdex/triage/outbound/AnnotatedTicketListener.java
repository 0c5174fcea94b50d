package dev.errdex.triage.outbound;

import dev.errdex.triage.outbound.helpdesk.HelpdeskConnectors;
import dev.errdex.triage.outbound.helpdesk.HelpdeskSettings;
import dev.errdex.triage.outbound.CustomerReplyRule;
import dev.errdex.triage.outbound.DeliveryPlanner;
import dev.errdex.triage.outbound.OutboundErrorCode;
import dev.errdex.triage.outbound.PlannedDelivery;
import dev.errdex.triage.ticket.TicketAnnotated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;

/**
 * Queues the remediation notes of a ticket in the ticket's own transaction (the ticket service fires
 * {@link TicketAnnotated} inside it): a stored ticket always has its notes queued, and a ticket that rolls back
 * queues nothing. A failure here is logged as ERR_ERRDEX_1264 and rethrown, so that the ticket rolls back with it
 * and its channel offers the email again. Fired outside a transaction, the notes are queued in one of their own. The
 * same event twice queues nothing new (unique idempotency key).
 */
@ApplicationScoped
public class AnnotatedTicketListener {

    private static final Logger LOG = Logger.getLogger(AnnotatedTicketListener.class);

    private final Outbox outbox;
    private final DeliveryPlanner planner;

    public AnnotatedTicketListener(Outbox outbox, OutboundSettings settings,
                                   HelpdeskSettings helpdesks,
                                   HelpdeskConnectors connectors) {
        this.outbox = outbox;
        OutboundSettings.CustomerReply reply = settings.customerReply();
        this.planner = new DeliveryPlanner(settings.helpdesk().url().isPresent(),
                settings.email().to().orElse(List.of()).stream().map(String::strip).filter(s -> !s.isEmpty())
                        .toList(),
                new CustomerReplyRule(reply.enabled(), reply.maxAge(), CustomerReplyRule.LIVE_CHANNELS),
                connectors.enabled(), helpdesks.note().whenUnsure(), helpdesks.note().pagesBaseUrl());
    }

    void onAnnotated(@Observes TicketAnnotated event) {
        try {
            Instant now = Instant.now();
            for (PlannedDelivery planned : planner.plan(event, now)) {
                enqueue(planned, now);
            }
        } catch (RuntimeException e) {
            LOG.error(OutboundErrorCode.OUTBOX_WRITE_FAILED.format(event.ticketId(), e.getMessage()), e);
            throw e;
        }
    }

    private void enqueue(PlannedDelivery planned, Instant now) {
        try {
            if (!outbox.enqueue(planned, now)) {
                LOG.debugf("note %s of ticket %s is already queued", planned.idempotencyKey(), planned.ticketId());
            }
        } catch (RuntimeException e) {
            // two copies of the event at once: the unique key let one of them in
            if (outbox.deliveries(planned.ticketId()).stream()
                    .noneMatch(d -> d.idempotencyKey().equals(planned.idempotencyKey()))) {
                throw e;
            }
        }
    }
}
