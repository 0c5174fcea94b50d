package dev.errdex.api.outbound;

import dev.errdex.triage.ticket.TicketAnnotated;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A fault injected into the ticket's transaction after the ticket, its message and its outbox rows are written: when
 * armed, it throws for a ticket whose subject contains the marker (it observes after the outbox listener, which has
 * the default priority). It records the ids of the tickets it failed.
 */
@ApplicationScoped
public class FailingTicketListener {

    private volatile String marker;
    private final List<String> failed = new CopyOnWriteArrayList<>();

    void on(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) TicketAnnotated event) {
        String m = marker;
        if (m != null && event.subject() != null && event.subject().contains(m)) {
            failed.add(event.ticketId());
            throw new IllegalStateException("injected failure after the ticket insert of " + event.ticketId());
        }
    }

    void arm(String subjectMarker) {
        failed.clear();
        marker = subjectMarker;
    }

    void disarm() {
        marker = null;
    }

    List<String> failedTickets() {
        return List.copyOf(failed);
    }
}
