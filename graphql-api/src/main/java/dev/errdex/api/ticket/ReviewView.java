package dev.errdex.api.ticket;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

/**
 * GraphQL enum of a person's verdict on an annotation (same names as {@link
 * dev.errdex.triage.ticket.TicketAnnotation.Review}).
 */
@Name("Review")
@Description("A person's verdict on a code of a ticket.")
public enum ReviewView {
    @Description("Not reviewed yet.")
    PROPOSED,
    @Description("A person confirmed the code.")
    CONFIRMED,
    @Description("A person chose another code (replacedBy).")
    CORRECTED,
    @Description("A person rejected the code without naming another.")
    REJECTED
}
