package dev.errdex.api.ticket;

import dev.errdex.triage.ticket.TicketFilter;
import dev.errdex.triage.ticket.TicketState;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** GraphQL input narrowing a ticket listing. */
@Input("TicketFilter")
@Description("Narrows a ticket listing; fields left out match all.")
public class TicketFilterInput {

    @Description("Only tickets in this state.")
    public TicketStateView state;

    @Description("Only tickets with a live (proposed or confirmed) annotation of this code, any spelling.")
    public String code;

    @Description("Only tickets whose requester address contains this text.")
    public String sender;

    @Description("Only tickets whose subject contains this text.")
    public String text;

    @Description("Only tickets with a live (proposed or confirmed) annotation of a code this team owns now: one of"
            + " the code's owners as CODEOWNERS writes them, e.g. @acme/payments, any case.")
    public String owner;

    TicketFilter toFilter() {
        return new TicketFilter(state == null ? null : TicketState.valueOf(state.name()), code, sender, text, owner);
    }
}
