package dev.errdex.api.helpdesk;

import dev.errdex.api.ticket.TicketNode;
import dev.errdex.triage.inbound.helpdesk.HelpdeskLinks;
import dev.errdex.triage.outbound.DeadLetter;
import dev.errdex.triage.outbound.Outbox;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.time.Instant;
import java.util.List;

/** Helpdesks over GraphQL: where a ticket came from, and the notes errdex gave up on. Thin, role agent. */
@GraphQLApi
public class HelpdeskApi {

    private static final int MAX_DEAD_LETTERS = 200;

    @Inject
    HelpdeskLinks links;

    @Inject
    Outbox outbox;

    /** The helpdesk ticket an errdex ticket came from. */
    @Name("ExternalTicket")
    @Description("The helpdesk ticket an errdex ticket was taken in from.")
    public record ExternalTicket(
            @NonNull @Description("The helpdesk: ZENDESK, FRESHDESK, ZAMMAD or HELPSCOUT.") String system,
            @NonNull @Description("The helpdesk's own ticket (conversation) id.") String id,
            @Description("Where an agent opens it in the helpdesk; null when errdex cannot tell.") String url) {
    }

    /** A note errdex gave up on. */
    @Name("DeadLetter")
    @Description("A note errdex gave up on: the target refused it, or every attempt failed. Re-queue it once the"
            + " cause is fixed (docs/outbound.md).")
    public record DeadLetterView(
            @NonNull @Description("errdex's ticket.") String ticketId,
            @NonNull @Description("Where the note was going: HELPDESK, EMAIL, CUSTOMER_REPLY, ZENDESK, FRESHDESK,"
                    + " ZAMMAD or HELPSCOUT.") String target,
            @NonNull @Description("The note's idempotency key.") String idempotencyKey,
            @Description("Attempts made.") int attempts,
            @NonNull @Description("Why it was given up on, with its ERR_ERRDEX code.") String reason,
            @NonNull @Description("When.") Instant deadAt) {

        static DeadLetterView of(DeadLetter d) {
            return new DeadLetterView(d.ticketId(), d.target(), d.idempotencyKey(), d.attempts(), d.reason(),
                    d.deadAt());
        }
    }

    @Name("external")
    @RolesAllowed("agent")
    @Description("The helpdesk ticket this ticket was taken in from (role agent); null for mail from other channels.")
    public ExternalTicket external(@Source TicketNode ticket) {
        return links.ofTicket(ticket.ticketId())
                .map(l -> new ExternalTicket(l.system().name(), l.externalId(), l.url())).orElse(null);
    }

    @Query("deadLetters")
    @RolesAllowed("agent")
    @Description("The notes errdex gave up on, newest first (role agent): refused by the helpdesk or out of"
            + " attempts.")
    public List<@NonNull DeadLetterView> deadLetters(
            @Name("first") @Description("How many; 20 when left out, at most 200.") Integer first) {
        int n = first == null ? 20 : Math.max(0, Math.min(first, MAX_DEAD_LETTERS));
        return outbox.recentDeadLetters(n).stream().map(DeadLetterView::of).toList();
    }
}
