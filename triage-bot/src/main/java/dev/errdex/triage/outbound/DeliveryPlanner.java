package dev.errdex.triage.outbound;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errdex.triage.outbound.helpdesk.HelpdeskNote;
import dev.errdex.triage.outbound.helpdesk.HelpdeskRef;
import dev.errdex.triage.outbound.helpdesk.HelpdeskSettings;
import dev.errdex.triage.outbound.helpdesk.HelpdeskSystem;
import dev.errdex.triage.outbound.helpdesk.NoteText;
import dev.errdex.triage.ticket.TicketAnnotated;

import java.net.URI;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns one {@link TicketAnnotated} into the notes to send, one per configured target. A ticket without annotations
 * gets none. The customer gets a reply only as {@link CustomerReplyRule} allows.
 */
public final class DeliveryPlanner {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final boolean helpdesk;
    private final List<String> agentAddresses;
    private final CustomerReplyRule customerReply;
    private final Set<HelpdeskSystem> connectors;
    private final HelpdeskSettings.WhenUnsure whenUnsure;
    private final Optional<URI> pagesBaseUrl;

    /** A planner without helpdesk connectors. */
    public DeliveryPlanner(boolean helpdesk, List<String> agentAddresses, CustomerReplyRule customerReply) {
        this(helpdesk, agentAddresses, customerReply, Set.of(), HelpdeskSettings.WhenUnsure.CONSIDERED,
                Optional.empty());
    }

    /**
     * @param helpdesk       whether the helpdesk webhook is configured
     * @param agentAddresses where email notes go (empty: no email notes)
     * @param customerReply  the customer-reply rule
     * @param connectors     the helpdesks that are on: a ticket taken in from one of them gets its note there
     * @param whenUnsure     what such a note says when no code is attached
     * @param pagesBaseUrl   where errdex's code pages are, for the note's links (empty: the catalog's URL)
     */
    public DeliveryPlanner(boolean helpdesk, List<String> agentAddresses, CustomerReplyRule customerReply,
                           Set<HelpdeskSystem> connectors, HelpdeskSettings.WhenUnsure whenUnsure,
                           Optional<URI> pagesBaseUrl) {
        this.helpdesk = helpdesk;
        this.agentAddresses = List.copyOf(agentAddresses);
        this.customerReply = customerReply;
        this.connectors = Set.copyOf(connectors);
        this.whenUnsure = whenUnsure;
        this.pagesBaseUrl = pagesBaseUrl;
    }

    /** The notes for this event, in target order. */
    public List<PlannedDelivery> plan(TicketAnnotated event, Instant now) {
        List<PlannedDelivery> planned = new ArrayList<>();
        helpdeskNote(event).ifPresent(planned::add);
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
        // a helpdesk's customer is answered by its agents in the helpdesk, never by errdex's mail
        List<TicketAnnotated.Annotation> replyable = HelpdeskRef.of(event.messageId()).isPresent() ? List.of()
                : customerReply.replyable(event, now);
        if (!replyable.isEmpty()) {
            RemediationNote note = RemediationNote.of(event, replyable, NoteTarget.CUSTOMER_REPLY);
            planned.add(new PlannedDelivery(NoteTarget.CUSTOMER_REPLY, event.ticketId(), note.idempotencyKey(),
                    json(NoteMail.forCustomer(note, event.from().strip()))));
        }
        return planned;
    }

    /**
     * The note on the helpdesk ticket the email came from, when it came from a helpdesk that is on. Its key is the
     * helpdesk, its ticket id and the annotation set.
     */
    private Optional<PlannedDelivery> helpdeskNote(TicketAnnotated event) {
        return HelpdeskRef.of(event.messageId()).filter(ref -> connectors.contains(ref.system())).flatMap(ref ->
                NoteText.markdown(event.ticketId(), event.annotations(), whenUnsure, pagesBaseUrl).map(md -> {
                    NoteTarget target = ref.system().target();
                    List<TicketAnnotated.Annotation> attached = event.annotations().stream()
                            .filter(TicketAnnotated.Annotation::attach).toList();
                    List<String> tags = Stream.concat(
                            attached.stream().map(a -> NoteText.tag(a.code())),
                            attached.stream().flatMap(a -> NoteText.ownerTags(a.owner()).stream())).distinct()
                            .toList();
                    HelpdeskNote note = new HelpdeskNote(ref.system(), ref.externalId(), event.ticketId(), md,
                            NoteText.html(md), tags);
                    return new PlannedDelivery(target, event.ticketId(), IdempotencyKey.of(ref.system().key() + ":"
                            + ref.externalId(), event.annotations(), target), note.json());
                }));
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
