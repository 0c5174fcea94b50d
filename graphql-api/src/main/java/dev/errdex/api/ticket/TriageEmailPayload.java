package dev.errdex.api.ticket;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** GraphQL result of triageEmail. */
@Name("TriageEmailPayload")
@Description("What triageEmail (deprecated) did: stored the email as a new ticket or in its thread's ticket, or found it stored.")
public record TriageEmailPayload(
        @NonNull @Description("What storing the email did.") TriageOutcomeView outcome,
        @NonNull @io.smallrye.graphql.api.Deprecated(reason = "Use outcome, an enum with the same values.")
        @Description("What storing the email did, as text (the same value as outcome).") String outcomeText,
        @NonNull @Description("The ticket with its annotations.") TicketNode ticket) {
}
