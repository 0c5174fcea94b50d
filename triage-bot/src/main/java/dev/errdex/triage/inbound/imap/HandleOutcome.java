package dev.errdex.triage.inbound.imap;

import java.util.Objects;

/**
 * What the ticket store did with an inbound message. Only these three answers let the poller move past a message;
 * any exception from the handler means "not done, try again later".
 *
 * @param kind     committed, duplicate or rejected
 * @param ticketId the ticket created or found (committed, duplicate); {@code null} when rejected
 * @param reason   why the message was rejected; {@code null} otherwise
 */
public record HandleOutcome(Kind kind, String ticketId, String reason) {

    public enum Kind {
        /** A new ticket was created and its transaction has committed. */
        COMMITTED,
        /** The message already has a ticket (same Message-ID or content); nothing was written. */
        DUPLICATE,
        /** The message can never become a ticket (unparseable, refused by limits); quarantine it. */
        REJECTED
    }

    public HandleOutcome {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.REJECTED && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("a rejection needs a reason");
        }
    }

    public static HandleOutcome committed(String ticketId) {
        return new HandleOutcome(Kind.COMMITTED, ticketId, null);
    }

    public static HandleOutcome duplicate(String existingTicketId) {
        return new HandleOutcome(Kind.DUPLICATE, existingTicketId, null);
    }

    public static HandleOutcome rejected(String reason) {
        return new HandleOutcome(Kind.REJECTED, null, reason);
    }
}
