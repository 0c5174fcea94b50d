package dev.errdex.api.ticket;

import dev.errdex.api.relay.GlobalId;
import dev.errdex.api.relay.GlobalId.NodeType;
import dev.errdex.api.relay.Paging;
import dev.errdex.triage.feedback.PageFeedbackService;
import dev.errdex.triage.ticket.Channel;
import dev.errdex.triage.ticket.IngestResult;
import dev.errdex.triage.ticket.TicketErrorCode;
import dev.errdex.triage.ticket.TicketException;
import dev.errdex.triage.ticket.TicketService;
import dev.errdex.triage.ticket.TicketStats;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.graphql.api.Deprecated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.time.Instant;
import java.util.function.Supplier;

/** Tickets over GraphQL: thin mapping onto {@link TicketService}. Every operation needs a key with role agent. */
@GraphQLApi
public class TicketApi {

    @Inject
    TicketService tickets;

    @Inject
    TicketStats stats;

    @Inject
    PageFeedbackService pageFeedback;

    @Inject
    SecurityIdentity identity;

    private static final int DEFAULT_STATS_CODES = 100;

    @Query("tickets")
    @RolesAllowed("agent")
    @Description("Tickets, newest first, a page at a time (role agent): first/after pages forwards, last/before"
            + " backwards. Errors: ERR_ERRDEX_1409 for a bad cursor or page size, ERR_ERRDEX_1375 for first and last"
            + " together.")
    public TicketConnection tickets(
            @Name("filter") @Description("Narrows the listing; left out for all tickets.") TicketFilterInput filter,
            @Name("first") @Description("Page size; 20 when left out, at most 200.") Integer first,
            @Name("after") @Description("The endCursor of the previous page; left out for the first page.")
            String after,
            @Name("last") @Description("Page size counted from the end (0 to 200), instead of first.") Integer last,
            @Name("before") @Description("The startCursor of the following page; with last, to page backwards.")
            String before) throws TicketProblem {
        var request = Paging.request(first, after, last, before);
        return call(() -> TicketConnection.of(tickets.list(filter == null ? null : filter.toFilter(), request)));
    }

    @Query("ticket")
    @RolesAllowed("agent")
    @Description("The ticket with this id (role agent); null when there is none.")
    public TicketNode ticket(@NonNull @Id @Name("id") @Description("The ticket's global id or its ticket number.")
                             String id) {
        return tickets.find(number(id)).map(TicketNode::of).orElse(null);
    }

    @Name("rawMessages")
    @RolesAllowed("agent")
    @Description("The ticket's emails exactly as they arrived, oldest first (role agent). Emails stored before errdex"
            + " kept originals have none.")
    public List<@NonNull RawEmailNode> rawMessages(@Source TicketNode ticket) throws TicketProblem {
        return call(() -> tickets.rawMessages(ticket.ticketId()).stream().map(RawEmailNode::of).toList());
    }

    @Query("stats")
    @RolesAllowed("agent")
    @Description("Ticket statistics for dashboards (role agent): tickets per state and per error code, with totals,"
            + " the attach rate and the helpful rate of the pages' feedback, over what was created since the moment"
            + " given (all time when left out). Counted by the database. Errors: ERR_ERRDEX_1409 for a number of"
            + " codes out of range.")
    public TicketStatsView stats(
            @Name("since") @Description("Count tickets created at or after this moment (ISO-8601, e.g."
                    + " 2026-11-01T00:00:00Z); left out for all time.") Instant since,
            @Name("codes") @Description("Most codes listed in byCode; 100 when left out, at most 2000.")
            Integer codes) throws TicketProblem {
        return call(() -> TicketStatsView.of(stats.since(since, codes == null ? DEFAULT_STATS_CODES : codes),
                pageFeedback.totals(since)));
    }

    @Mutation("triageEmail")
    @RolesAllowed("agent")
    @Deprecated(reason = "Use emailTriage(input: {raw}), which reports an unreadable email in userErrors.")
    @Description("Stores a raw email (RFC 5322 text) as a ticket, annotated with the codes found (role agent)."
            + " The same email twice gives the same ticket (outcome DUPLICATE). Errors: ERR_ERRDEX_1401 when the"
            + " email cannot be read.")
    public TriageEmailPayload triageEmail(
            @NonNull @Name("raw") @Description("The whole email, headers and body, as text.") String raw)
            throws TicketProblem {
        IngestResult r = ingest(tickets, raw, who());
        if (r.outcome() == IngestResult.Outcome.REJECTED) {
            throw new TicketProblem(TicketErrorCode.MESSAGE_REJECTED.code(), rejection(r), null);
        }
        return new TriageEmailPayload(TriageOutcomeView.valueOf(r.outcome().name()), r.outcome().name(),
                TicketNode.of(r.ticket()));
    }

    @Mutation("confirmTicketCode")
    @RolesAllowed("agent")
    @Deprecated(reason = "Use ticketCodeConfirm(input: {ticketId, code, note}), which reports"
            + " validation failures in userErrors.")
    @Description("Confirms a code of the ticket (role agent); the ticket's text becomes evidence for it. Errors:"
            + " ERR_ERRDEX_1400 unknown ticket, ERR_ERRDEX_1408 no such annotation.")
    public TicketNode confirmTicketCode(
            @NonNull @Id @Name("ticketId") @Description("The ticket's global id or its ticket number.") String ticketId,
            @NonNull @Name("code") @Description("The annotation's code, any spelling.") String code,
            @Name("note") @Description("A remark kept with the feedback.") String note) throws TicketProblem {
        return call(() -> TicketNode.of(tickets.confirm(number(ticketId), code, who(), note)));
    }

    @Mutation("correctTicketCode")
    @RolesAllowed("agent")
    @Deprecated(reason = "Use ticketCodeCorrect(input: {ticketId, code, correctCode, note}), which"
            + " reports validation failures in userErrors.")
    @Description("Replaces a code of the ticket with the right one, or adds the right one to a ticket the bot"
            + " found nothing for (role agent); the ticket's text becomes evidence for the right code. Errors:"
            + " ERR_ERRDEX_1400, ERR_ERRDEX_1407 code not in the catalog, ERR_ERRDEX_1408.")
    public TicketNode correctTicketCode(
            @NonNull @Id @Name("ticketId") @Description("The ticket's global id or its ticket number.") String ticketId,
            @Name("code") @Description("The wrong code; left out to add a code to a ticket without one.") String code,
            @NonNull @Name("correctCode") @Description("The right code, any spelling; must be in the catalog.")
            String correctCode,
            @Name("note") @Description("A remark kept with the feedback.") String note) throws TicketProblem {
        return call(() -> TicketNode.of(tickets.correct(number(ticketId), code, correctCode, who(), note)));
    }

    @Mutation("rejectTicketCode")
    @RolesAllowed("agent")
    @Deprecated(reason = "Use ticketCodeReject(input: {ticketId, code, note}), which reports"
            + " validation failures in userErrors.")
    @Description("Rejects a code of the ticket without naming another (role agent). Errors: ERR_ERRDEX_1400,"
            + " ERR_ERRDEX_1408.")
    public TicketNode rejectTicketCode(
            @NonNull @Id @Name("ticketId") @Description("The ticket's global id or its ticket number.") String ticketId,
            @NonNull @Name("code") @Description("The annotation's code, any spelling.") String code,
            @Name("note") @Description("A remark kept with the feedback.") String note) throws TicketProblem {
        return call(() -> TicketNode.of(tickets.reject(number(ticketId), code, who(), note)));
    }

    /** Stores an email that came through GraphQL, sent by {@code who}. */
    static IngestResult ingest(TicketService tickets, String raw, String who) {
        return tickets.ingest(raw.getBytes(StandardCharsets.UTF_8), Channel.GRAPHQL, "graphql:" + who);
    }

    /** The message of an email that could not be stored. */
    static String rejection(IngestResult r) {
        return TicketErrorCode.MESSAGE_REJECTED.code() + ": " + r.errorCode() + ": " + r.reason() + ". "
                + TicketErrorCode.MESSAGE_REJECTED.guidance();
    }

    /** The ticket number of a global id or of a ticket number. */
    static String number(String id) {
        return GlobalId.keyOf(id, NodeType.TICKET);
    }

    private String who() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    private static <T> T call(Supplier<T> operation) throws TicketProblem {
        try {
            return operation.get();
        } catch (TicketException e) {
            throw new TicketProblem(e.error().code(), e.getMessage(), e);
        }
    }
}
