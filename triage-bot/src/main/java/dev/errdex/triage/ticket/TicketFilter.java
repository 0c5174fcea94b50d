package dev.errdex.triage.ticket;

/**
 * Which tickets a listing shows; every null field matches all.
 *
 * @param state  only tickets in this state
 * @param code   only tickets with an annotation of this code (any spelling)
 * @param sender only tickets whose requester address contains this text (case-insensitive)
 * @param text   only tickets whose subject contains this text (case-insensitive)
 */
public record TicketFilter(TicketState state, String code, String sender, String text) {

    /** Matches every ticket. */
    public static final TicketFilter ALL = new TicketFilter(null, null, null, null);
}
