package dev.errdex.api.ticket;

import dev.errdex.triage.ticket.TicketAnnotated;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;
import java.util.List;

/** GraphQL view of a {@link TicketAnnotated} event. */
@Name("TicketAnnotated")
@Description("A ticket was stored and annotated with the error codes found; query ticket(id) for all of it.")
public record TicketAnnotatedView(
        @NonNull @Id @Description("The ticket's id.") String ticketId,
        @Description("The email's subject.") String subject,
        @NonNull @Description("The ticket's state after annotation: ANNOTATED or NEEDS_HUMAN.") TicketStateView state,
        @NonNull @Description("The codes found, best first.") List<@NonNull CodeFound> codes,
        @Description("The channel the email came through: IMAP, WEBHOOK, FILE or GRAPHQL.") String channel,
        @NonNull @Description("When the annotation was committed.") Instant at) {

    /** One code found in the ticket. */
    @Name("TicketCodeFound")
    @Description("An error code attached to a ticket by the bot.")
    public record CodeFound(
            @NonNull @Description("Canonical error code.") String code,
            @NonNull @Description("EXPLICIT (written in the email) or INFERRED (found by search).")
            CodeSourceView source,
            @NonNull @io.smallrye.graphql.api.Deprecated(reason = "Use source, an enum with the same values.")
            @Description("How it was found, as text (the same value as source).") String sourceText,
            @Description("Confidence in [0, 1].") double confidence,
            @Description("True when the fix guide was attached automatically.") boolean attach,
            @Description("The team that owned the code when the ticket was annotated (CODEOWNERS owners,"
                    + " space-separated), to route the ticket; null when none.") String owner) {
    }

    static TicketAnnotatedView of(TicketAnnotated e) {
        List<CodeFound> codes = e.annotations().stream()
                .map(a -> new CodeFound(a.code(), CodeSourceView.valueOf(a.source()), a.source(), a.confidence(),
                        a.attach(), a.owner())).toList();
        return new TicketAnnotatedView(e.ticketId(), e.subject(), TicketStateView.valueOf(e.state()), codes,
                e.channel(), e.at());
    }
}
