package dev.errdex.api.ticket;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

/** GraphQL enum of ticket states (same names as {@link dev.errdex.triage.ticket.TicketState}). */
@Name("TicketState")
@Description("Where a ticket stands: the bot's verdict, then people's.")
public enum TicketStateView {
    @Description("Being stored (never seen once committed).")
    NEW,
    @Description("The bot attached a code it is confident of.")
    ANNOTATED,
    @Description("Nothing confident: a person has to look.")
    NEEDS_HUMAN,
    @Description("A person confirmed a code of the bot.")
    CONFIRMED,
    @Description("A person chose another code, or named one the bot had not found.")
    CORRECTED,
    @Description("A person rejected every code the bot proposed.")
    REJECTED
}
