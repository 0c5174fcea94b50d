package dev.errdex.api.ticket;

import dev.errdex.triage.ticket.TicketAnnotated;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;

/**
 * Subscription to newly annotated tickets, fed by {@link TicketAnnotated} once the ticket committed. Tickets are
 * private: only keys with role agent may subscribe (checked when the subscription starts).
 */
@GraphQLApi
@ApplicationScoped
public class TicketEventsApi {

    private final BroadcastProcessor<TicketAnnotatedView> annotated = BroadcastProcessor.create();

    void onAnnotated(@Observes(during = TransactionPhase.AFTER_SUCCESS) TicketAnnotated event) {
        annotated.onNext(TicketAnnotatedView.of(event));
    }

    @Subscription("ticketAnnotated")
    @RolesAllowed("agent")
    @Description("Every ticket stored and annotated from now on, one event per email (role agent; over"
            + " graphql-transport-ws or graphql-ws, the key in the upgrade request's Authorization header).")
    public Multi<TicketAnnotatedView> ticketAnnotated() {
        // the role is checked when the stream is subscribed (with the key of the WebSocket upgrade); a refused
        // client gets one answer, ticketAnnotated null with the access error (its errdex code), and no ticket.
        // (The items are nullable for that answer: a non-null item type would swallow the error.)
        return annotated;
    }
}
