package dev.errdex.api.ticket;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

/** GraphQL enum of feedback actions (same names as {@link dev.errdex.triage.ticket.TicketFeedback.Action}). */
@Name("FeedbackAction")
@Description("What a person did with a code of a ticket.")
public enum FeedbackActionView {
    @Description("Confirmed it.")
    CONFIRM,
    @Description("Replaced it with another, or named one for a ticket without codes.")
    CORRECT,
    @Description("Rejected it.")
    REJECT
}
