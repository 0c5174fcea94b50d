package dev.errdex.triage.ticket;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * How many tickets there are, by state and by code, counted over the tickets created since a moment.
 *
 * @param since          the first moment counted, or null for all time
 * @param tickets        tickets created since then
 * @param ticketsWithCode those of them that carry at least one live code (proposed or confirmed)
 * @param byState        tickets per state; states without tickets are left out
 * @param byCode         tickets per live code, most tickets first (then code order), at most the limit asked for
 * @param codes          how many distinct codes the tickets carry (byCode may be cut shorter)
 * @param ticketsAttached those of them for which the bot attached a remediation by itself (an annotation with
 *                        attach=true, whatever people said later)
 */
public record TicketStatistics(Instant since, long tickets, long ticketsWithCode, Map<TicketState, Long> byState,
                               List<CodeCount> byCode, long codes, long ticketsAttached) {

    public TicketStatistics {
        byState = Map.copyOf(byState);
        byCode = List.copyOf(byCode);
    }

    /** Share of the tickets with a remediation the bot attached by itself, or null without tickets. */
    public Double attachRate() {
        return tickets == 0 ? null : (double) ticketsAttached / tickets;
    }

    /**
     * One code and the number of tickets that carry it.
     *
     * @param code    canonical code
     * @param tickets tickets with a live annotation of the code
     */
    public record CodeCount(String code, long tickets) {
    }
}
