package dev.errdex.api.ticket;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

/**
 * GraphQL enum of how a code came to a ticket (same names as {@link
 * dev.errdex.triage.ticket.TicketAnnotation.Source}).
 */
@Name("CodeSource")
@Description("How an error code came to a ticket.")
public enum CodeSourceView {
    @Description("Written in the email.")
    EXPLICIT,
    @Description("Found by search over the email's words.")
    INFERRED,
    @Description("Named by a person (a correction).")
    PERSON
}
