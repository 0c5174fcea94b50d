package dev.errdex.triage.ticket;

import dev.errdex.catalog.ErrdexCode;

/**
 * errdex's own error codes for tickets, the webhook and feedback: {@code ERR_ERRDEX_1400}–{@code 1439} (1440–1499 are
 * left to outbound remediation). The registry: one constant per code, each with what to do.
 */
public enum TicketErrorCode implements ErrdexCode {
    /** No ticket has this id. */
    TICKET_NOT_FOUND(1400, "No ticket has this id. List tickets to find the right one."),
    /** The email cannot become a ticket (the reader refused it); the cause carries the reader's 12xx code. */
    MESSAGE_REJECTED(1401, "The email could not be read and was not stored. Check that the upload is the raw"
            + " message (RFC 5322); the reader's code says what was wrong."),
    /** The webhook has no secret configured. */
    WEBHOOK_DISABLED(1402, "The inbound webhook is off: set errdex.webhook.secret (ERRDEX_WEBHOOK_SECRET) and"
            + " send it as 'Authorization: Bearer <secret>'."),
    /** The webhook request had no secret or a wrong one. */
    WEBHOOK_UNAUTHORIZED(1403, "The webhook secret is missing or wrong: send 'Authorization: Bearer <secret>' with"
            + " the value of errdex.webhook.secret."),
    /** The upload is larger than the webhook's limit. */
    WEBHOOK_TOO_LARGE(1404, "The upload is larger than errdex.webhook.max-bytes. Send smaller mail or raise the"
            + " limit."),
    /** The upload's media type is not one the webhook reads. */
    WEBHOOK_UNSUPPORTED_TYPE(1405, "Send the raw email as message/rfc822, or Postmark's inbound JSON as"
            + " application/json."),
    /** The provider JSON is not valid or lacks what an email needs. */
    WEBHOOK_BAD_JSON(1406, "The JSON is not Postmark's inbound format (docs/tickets.md lists the fields read)."),
    /** A correction names a code that is not in the catalog. */
    UNKNOWN_CODE(1407, "The code is not in the catalog. Check its spelling, or add it to the catalog first."),
    /** The ticket has no annotation with this code. */
    ANNOTATION_NOT_FOUND(1408, "The ticket has no annotation with this code. Read the ticket's annotations first."),
    /** A listing argument is out of range (page size, cursor). */
    INVALID_ARGUMENT(1409, "An argument is out of range; the message says which."),
    /** Someone else changed the ticket at the same moment. */
    CONCURRENT_CHANGE(1410, "The ticket changed at the same moment. Read it again and repeat the feedback."),
    /**
     * A listener of TicketAnnotated failed after the ticket was committed. No longer raised by the service: the event
     * is fired inside the ticket's transaction now (see {@link #STORE_LISTENER_FAILED}); kept so the number stays
     * taken.
     */
    LISTENER_FAILED(1411, "A listener of new tickets failed; the ticket is stored. See the log for the listener."),
    /** A listener inside the ticket's transaction (the outbox of remediation notes) failed: nothing was stored. */
    STORE_LISTENER_FAILED(1412, "Storing the ticket failed in a listener inside its transaction (the outbox of"
            + " remediation notes): nothing was stored, and the channel offers the email again. See the log for the"
            + " listener's error."),
    /** The configured webhook secret is too short to resist guessing: the webhook stays off. */
    WEBHOOK_SECRET_TOO_SHORT(1430, "The inbound webhook is off because errdex.webhook.secret (ERRDEX_WEBHOOK_SECRET)"
            + " is shorter than 32 characters: set a longer random secret, e.g. the output of 'openssl rand -hex 32',"
            + " and restart."),
    /** Too many requests with a wrong webhook secret came from one address. */
    WEBHOOK_SECRET_THROTTLED(1431, "Too many requests with a wrong webhook secret came from your address: wait the"
            + " number of seconds in Retry-After, then send the right secret.");

    private final int number;
    private final String guidance;

    TicketErrorCode(int number, String guidance) {
        this.number = number;
        this.guidance = guidance;
    }

    /** The number part of the code. */
    @Override
    public int number() {
        return number;
    }

    /** What to do about it. */
    @Override
    public String template() {
        return guidance;
    }

    /** Same as {@link #template()}. */
    public String guidance() {
        return guidance;
    }
}
