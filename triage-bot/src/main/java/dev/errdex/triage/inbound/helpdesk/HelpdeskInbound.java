package dev.errdex.triage.inbound.helpdesk;

import dev.errdex.catalog.CodeSpelling;
import dev.errdex.triage.outbound.Outbox;
import dev.errdex.triage.outbound.helpdesk.HelpdeskSettings;
import dev.errdex.triage.outbound.helpdesk.HelpdeskSystem;
import dev.errdex.triage.outbound.helpdesk.NoteText;
import dev.errdex.triage.ticket.Channel;
import dev.errdex.triage.ticket.IngestResult;
import dev.errdex.triage.ticket.Ticket;
import dev.errdex.triage.ticket.TicketAnnotation;
import dev.errdex.triage.ticket.TicketErrorCode;
import dev.errdex.triage.ticket.TicketException;
import dev.errdex.triage.ticket.TicketService;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Events of a helpdesk about its tickets. A ticket errdex has not seen is triaged as an email and stored (with its
 * link to the helpdesk ticket, in the same transaction); its note goes back to that helpdesk ticket through the
 * outbox. An event about a ticket errdex already has is feedback: when the agent removed errdex's tag, errdex's code
 * is rejected; when the agent set another code's tag ({@code errdex_<code>}), errdex's code is corrected to it, and
 * the index learns as from feedback given in errdex.
 */
@ApplicationScoped
public class HelpdeskInbound {

    private static final Logger LOG = Logger.getLogger(HelpdeskInbound.class);

    /** What an event did. */
    public enum Outcome {
        /** A new errdex ticket was stored; its note is queued. */
        CREATED,
        /** errdex already had the ticket and nothing changed. */
        DUPLICATE,
        /** errdex already had the ticket; the agent's tag change became feedback. */
        FEEDBACK
    }

    /**
     * @param outcome what happened
     * @param ticket  errdex's ticket (after the feedback)
     * @param rejected the reader's refusal when the ticket's text could not be read as an email, else null
     */
    public record Result(Outcome outcome, Ticket ticket, IngestResult rejected) {
    }

    private final HelpdeskSettings settings;
    private final TicketService tickets;
    private final HelpdeskLinks links;
    private final Outbox outbox;

    public HelpdeskInbound(HelpdeskSettings settings, TicketService tickets, HelpdeskLinks links, Outbox outbox) {
        this.settings = settings;
        this.tickets = tickets;
        this.links = links;
        this.outbox = outbox;
    }

    /**
     * Takes one event: authenticity first, then its payload, then the ticket or the feedback.
     *
     * @param header the request's headers by name
     * @throws HelpdeskInboundException refused (off, signature, stale, payload); nothing stored
     */
    public Result receive(HelpdeskSystem system, Function<String, String> header, byte[] body) {
        HelpdeskSignatures.verify(system, settings, header, body, Instant.now());
        HelpdeskEvent event = HelpdeskPayloads.read(system, body);
        Optional<HelpdeskLink> known = links.of(system, event.externalId());
        if (known.isPresent()) {
            return feedback(known.get(), event);
        }
        IngestResult r = tickets.ingest(event.toRfc822(), Channel.WEBHOOK,
                "helpdesk:" + system.key() + ":" + event.externalId());
        return switch (r.outcome()) {
            case REJECTED -> new Result(Outcome.CREATED, null, r);
            case DUPLICATE -> new Result(Outcome.DUPLICATE, r.ticket(), null);
            default -> new Result(Outcome.CREATED, r.ticket(), null);
        };
    }

    /**
     * The agent's tag changes as feedback. Only once errdex's note (with its tags) reached the helpdesk: before that,
     * a missing tag means nothing. Each code errdex tagged and the agent untagged is rejected, or corrected to a code
     * the agent tagged instead; a code tagged by the agent alone is added as a correction.
     */
    private Result feedback(HelpdeskLink link, HelpdeskEvent event) {
        Ticket ticket = tickets.find(link.ticketId()).orElseThrow();
        if (event.tags() == null || !noteDelivered(link)) {
            return new Result(Outcome.DUPLICATE, ticket, null);
        }
        Set<String> tagged = event.errdexTagCodes(NoteText.TAG_PREFIX).stream()
                .map(c -> CodeSpelling.canonical(c).orElse(c)).collect(Collectors.toSet());
        Set<String> onTicket = ticket.annotations().stream().map(TicketAnnotation::code).collect(Collectors.toSet());
        List<String> added = new ArrayList<>(tagged.stream().filter(c -> !onTicket.contains(c)).sorted().toList());
        String by = "helpdesk:" + link.system().key();
        String note = "tag change in " + link.system().title() + " ticket " + link.externalId();
        boolean changed = false;
        for (TicketAnnotation a : ticket.annotations()) {
            if (!a.attach() || a.review() != TicketAnnotation.Review.PROPOSED || tagged.contains(a.code())) {
                continue;
            }
            Optional<Ticket> corrected = Optional.empty();
            while (corrected.isEmpty() && !added.isEmpty()) {
                corrected = correct(ticket, a.code(), added.remove(0), by, note);
            }
            ticket = corrected.orElseGet(() -> tickets.reject(link.ticketId(), a.code(), by, note));
            changed = true;
        }
        for (String code : added) {
            Optional<Ticket> corrected = correct(ticket, null, code, by, note);
            if (corrected.isPresent()) {
                ticket = corrected.get();
                changed = true;
            }
        }
        return new Result(changed ? Outcome.FEEDBACK : Outcome.DUPLICATE, ticket, null);
    }

    /** The correction, or empty when the tag names no code of the catalog (the agent's own tag, not feedback). */
    private Optional<Ticket> correct(Ticket ticket, String wrong, String right, String by, String note) {
        try {
            return Optional.of(tickets.correct(ticket.id(), wrong, right, by, note));
        } catch (TicketException e) {
            if (e.error() != TicketErrorCode.UNKNOWN_CODE) {
                throw e;
            }
            LOG.debugf("tag errdex_%s is no catalog code; not feedback", right);
            return Optional.empty();
        }
    }

    private boolean noteDelivered(HelpdeskLink link) {
        return outbox.deliveries(link.ticketId()).stream().anyMatch(d -> d.target().equals(link.system().name())
                && "DELIVERED".equals(d.state()));
    }
}
