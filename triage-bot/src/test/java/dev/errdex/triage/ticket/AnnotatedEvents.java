package dev.errdex.triage.ticket;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every {@link TicketAnnotated}, and whether its ticket could be read from another transaction then. */
@ApplicationScoped
public class AnnotatedEvents {

    /** An event and whether the ticket was visible to a fresh read when it arrived. */
    public record Seen(TicketAnnotated event, boolean committed) {
    }

    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    @Inject
    TicketService tickets;

    void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) TicketAnnotated event) {
        seen.add(new Seen(event, tickets.find(event.ticketId()).isPresent()));
    }

    public List<Seen> seen() {
        return List.copyOf(seen);
    }

    public void clear() {
        seen.clear();
    }
}
