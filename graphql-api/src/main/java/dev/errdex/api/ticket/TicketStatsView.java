package dev.errdex.api.ticket;

import dev.errdex.api.feedback.PageFeedbackCountView;
import dev.errdex.triage.feedback.PageFeedback;
import dev.errdex.triage.ticket.TicketState;
import dev.errdex.triage.ticket.TicketStatistics;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** GraphQL view of ticket statistics. */
@Name("TicketStats")
@Description("How many tickets there are, by state and by error code, how often the bot attached a remediation,"
        + " and how readers answered the pages, for dashboards. Counts what was created since the moment asked for.")
public record TicketStatsView(
        @Description("The first moment counted; null when all tickets are counted.") Instant since,
        @Description("Tickets created since then.") int tickets,
        @Description("Those of them that carry at least one error code (proposed by the bot or confirmed by a"
                + " person).") int ticketsWithCode,
        @Description("How many distinct error codes those tickets carry (byCode may list fewer).") int codes,
        @NonNull @Description("Tickets per state, in the order of TicketState; states without tickets are left out.")
        List<@NonNull StateCount> byState,
        @NonNull @Description("Tickets per error code, most tickets first (ties in code order). A code counts while"
                + " its annotation is proposed or confirmed, not once rejected or corrected away.")
        List<@NonNull CodeCount> byCode,
        @Description("Those tickets for which the bot attached a remediation by itself (a code it was sure of),"
                + " whatever people said later.") int ticketsAttached,
        @Description("ticketsAttached / tickets, between 0 and 1; null without tickets.") Double attachRate,
        @NonNull @Description("The answers of the pages' \"Did this solve it?\" form sent since the same moment.")
        PageFeedbackCountView pageFeedback,
        @Description("Share of yes among those answers (pageFeedback.helpfulRate), between 0 and 1; null without"
                + " answers.") Double helpfulRate) {

    /** Tickets in one state. */
    @Name("TicketStateCount")
    @Description("The number of tickets in one state.")
    public record StateCount(
            @NonNull @Description("The state.") TicketStateView state,
            @Description("Tickets in that state.") int tickets) {
    }

    /** Tickets carrying one code. */
    @Name("TicketCodeCount")
    @Description("The number of tickets that carry one error code.")
    public record CodeCount(
            @NonNull @Description("Canonical error code, e.g. ERR_NGROK_8012.") String code,
            @Description("Tickets that carry the code.") int tickets) {
    }

    static TicketStatsView of(TicketStatistics s, PageFeedback.Counts answers) {
        List<StateCount> states = new ArrayList<>();
        for (TicketState state : TicketState.values()) {
            Long n = s.byState().get(state);
            if (n != null && n > 0) {
                states.add(new StateCount(TicketStateView.valueOf(state.name()), Math.toIntExact(n)));
            }
        }
        return new TicketStatsView(s.since(), Math.toIntExact(s.tickets()), Math.toIntExact(s.ticketsWithCode()),
                Math.toIntExact(s.codes()), states,
                s.byCode().stream().map(c -> new CodeCount(c.code(), Math.toIntExact(c.tickets()))).toList(),
                Math.toIntExact(s.ticketsAttached()), s.attachRate(), PageFeedbackCountView.of(answers),
                answers.helpfulRate());
    }
}
