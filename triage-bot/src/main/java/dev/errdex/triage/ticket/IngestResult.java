package dev.errdex.triage.ticket;

import java.util.Objects;

/**
 * What {@link TicketService#ingest} did with one email.
 *
 * @param outcome   created, appended, duplicate or rejected
 * @param ticket    the ticket created, appended to or found; null when rejected
 * @param errorCode for a rejection: the reader's code ({@code ERR_ERRDEX_12xx}); null otherwise
 * @param reason    for a rejection: why, in words; null otherwise
 */
public record IngestResult(Outcome outcome, Ticket ticket, String errorCode, String reason) {

    public IngestResult {
        Objects.requireNonNull(outcome, "outcome");
    }

    /** The outcomes of an ingest. */
    public enum Outcome {
        /** A new ticket was created for the email (committed). */
        CREATED,
        /** The email is a reply in a known thread: stored as a new message of that thread's ticket (committed). */
        APPENDED,
        /** The email was stored before (same Message-ID, or same content without one); nothing was written. */
        DUPLICATE,
        /** The email cannot become a ticket (unreadable, over a limit); nothing was written. */
        REJECTED
    }

    /** True for {@link Outcome#CREATED} and {@link Outcome#APPENDED}: this call stored the email. */
    public boolean stored() {
        return outcome == Outcome.CREATED || outcome == Outcome.APPENDED;
    }
}
