package dev.errdex.api.ticket;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

/** GraphQL enum of the ways an email reaches errdex (same names as {@link dev.errdex.triage.ticket.Channel}). */
@Name("Channel")
@Description("How an email reached errdex.")
public enum ChannelView {
    @Description("The mailbox poller.")
    IMAP,
    @Description("The inbound webhook (POST /triage/inbound).")
    WEBHOOK,
    @Description("The command line (triage --store).")
    FILE,
    @Description("The triageEmail or emailTriage mutation.")
    GRAPHQL
}
