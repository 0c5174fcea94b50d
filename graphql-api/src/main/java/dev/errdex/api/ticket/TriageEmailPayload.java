package dev.errdex.api.ticket;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** GraphQL result of triageEmail. */
@Name("TriageEmailPayload")
@Description("What triageEmail did: stored the email as a new ticket or in its thread's ticket, or found it stored.")
public record TriageEmailPayload(
        @NonNull @Description("CREATED (new ticket), APPENDED (reply stored in its thread's ticket) or DUPLICATE"
                + " (stored before; nothing written).") String outcome,
        @NonNull @Description("The ticket with its annotations.") TicketNode ticket) {
}
