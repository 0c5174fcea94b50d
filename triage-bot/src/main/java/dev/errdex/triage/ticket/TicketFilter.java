package dev.errdex.triage.ticket;

/**
 * Which tickets a listing shows; every null field matches all.
 *
 * @param state  only tickets in this state
 * @param code   only tickets with an annotation of this code (any spelling)
 * @param sender only tickets whose requester address contains this text (case-insensitive)
 * @param text   only tickets whose subject contains this text (case-insensitive)
 * @param owner  only tickets with a live annotation of a code this team owns now (one of the code's CODEOWNERS
 *               owners, e.g. {@code @acme/payments}, case-insensitive)
 */
public record TicketFilter(TicketState state, String code, String sender, String text, String owner) {

    /** Matches every ticket. */
    public static final TicketFilter ALL = new TicketFilter(null, null, null, null, null);

    /** A filter without owner. */
    public TicketFilter(TicketState state, String code, String sender, String text) {
        this(state, code, sender, text, null);
    }
}
