package dev.errdex.api.ticket;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

/**
 * GraphQL enum of what storing an email did (the stored outcomes of {@link
 * dev.errdex.triage.ticket.IngestResult.Outcome}).
 */
@Name("TriageOutcome")
@Description("What storing an email did.")
public enum TriageOutcomeView {
    @Description("A new ticket was created.")
    CREATED,
    @Description("The email is a reply, stored in its thread's ticket.")
    APPENDED,
    @Description("The email was stored before; nothing was written.")
    DUPLICATE
}
