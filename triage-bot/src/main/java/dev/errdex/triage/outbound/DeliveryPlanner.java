package dev.errdex.triage.outbound;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errdex.triage.ticket.TicketAnnotated;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one {@link TicketAnnotated} into the notes to send, one per configured target. A ticket without annotations
 * gets none. The customer gets a reply only as {@link CustomerReplyRule} allows.
 */
public final class DeliveryPlanner {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final boolean helpdesk;
    private final List<String> agentAddresses;
    private final CustomerReplyRule customerReply;

    /**
     * @param helpdesk       whether the helpdesk webhook is configured
     * @param agentAddresses where email notes go (empty: no email notes)
     * @param customerReply  the customer-reply rule
     */
    public DeliveryPlanner(boolean helpdesk, List<String> agentAddresses, CustomerReplyRule customerReply) {
        this.helpdesk = helpdesk;
        this.agentAddresses = List.copyOf(agentAddresses);
        this.customerReply = customerReply;
    }

    /** The notes for this event, in target order. */
    public List<PlannedDelivery> plan(TicketAnnotated event, Instant now) {
        List<PlannedDelivery> planned = new ArrayList<>();
        if (event.annotations().isEmpty()) {
            return planned;
        }
        if (helpdesk) {
            RemediationNote note = RemediationNote.of(event, NoteTarget.HELPDESK);
            planned.add(new PlannedDelivery(NoteTarget.HELPDESK, event.ticketId(), note.idempotencyKey(),
                    json(note)));
        }
        if (!agentAddresses.isEmpty()) {
            RemediationNote note = RemediationNote.of(event, NoteTarget.EMAIL);
            planned.add(new PlannedDelivery(NoteTarget.EMAIL, event.ticketId(), note.idempotencyKey(),
                    json(NoteMail.forAgents(note, agentAddresses))));
        }
        List<TicketAnnotated.Annotation> replyable = customerReply.replyable(event, now);
        if (!replyable.isEmpty()) {
            RemediationNote note = RemediationNote.of(event, replyable, NoteTarget.CUSTOMER_REPLY);
            planned.add(new PlannedDelivery(NoteTarget.CUSTOMER_REPLY, event.ticketId(), note.idempotencyKey(),
                    json(NoteMail.forCustomer(note, event.from().strip()))));
        }
        return planned;
    }

    /** Reads back an email payload from the outbox. */
    public static NoteMail mailOf(String payload) {
        try {
            return JSON.readValue(payload, NoteMail.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
