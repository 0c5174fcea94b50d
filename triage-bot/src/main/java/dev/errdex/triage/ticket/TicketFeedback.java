package dev.errdex.triage.ticket;

import java.time.Instant;

/**
 * One piece of people's feedback on a ticket, kept in order (the history).
 *
 * @param action  what was done
 * @param code    the code the feedback is about (null for a correction that adds a code to a ticket without one)
 * @param newCode for {@link Action#CORRECT}: the code chosen
 * @param by      who (the API key's name)
 * @param at      when
 * @param note    the person's remark; may be null
 */
public record TicketFeedback(Action action, String code, String newCode, String by, Instant at, String note) {

    /** The feedback actions. */
    public enum Action { CONFIRM, CORRECT, REJECT }
}
