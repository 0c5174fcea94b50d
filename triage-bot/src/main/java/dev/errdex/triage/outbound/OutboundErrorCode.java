package dev.errdex.triage.outbound;

import dev.errdex.catalog.ErrdexCode;

/**
 * Registry of the errors of outbound remediation (helpdesk notes, SMTP notes, customer replies). Codes are stable:
 * a code is never reused for another meaning. Range ERR_ERRDEX_1260..1279 (within triage/mail, 1200-1299).
 */
public enum OutboundErrorCode implements ErrdexCode {

    /** The helpdesk answered with a status that retrying cannot fix (400, 401, 403, 404, 413, 422 ...). */
    HELPDESK_REFUSED(1260, "The helpdesk refused the note with HTTP %d: %s. Check errdex.outbound.helpdesk.url and"
            + " .secret and the receiver's expected format; the note is in the dead-letter table (outbound_dead_letter)"
            + " and can be re-queued once fixed."),

    /** The helpdesk could not be reached or answered with a status worth retrying (408, 425, 429, 5xx). */
    HELPDESK_UNAVAILABLE(1261, "The helpdesk did not take the note: %s. It is retried with backoff"
            + " (errdex.outbound.retry.*); check that the receiver is up and reachable from errdex."),

    /** The SMTP server refused or could not be reached. */
    MAIL_FAILED(1262, "Sending the note by email failed: %s. It is retried with backoff; check quarkus.mailer.host,"
            + " .port and credentials and that the SMTP server accepts mail for the recipient."),

    /** Every attempt failed; the delivery is parked. */
    DEAD_LETTER(1263, "Delivery %s to %s gave up after %d attempts; last error: %s. The note is in the dead-letter"
            + " table (outbound_dead_letter); fix the target and re-queue it."),

    /** Writing the outbox failed; the ticket rolls back with its notes. */
    OUTBOX_WRITE_FAILED(1264, "Could not queue the remediation notes of ticket %s: %s. The ticket was rolled back"
            + " with them and its channel offers the email again; check the database."),

    /** A target is configured incompletely. */
    SETTINGS_INVALID(1265, "The outbound settings are invalid: %s. Fix errdex.outbound.* (see docs/outbound.md)."),

    /** A helpdesk connector's API refused the note with a status that retrying cannot fix. */
    CONNECTOR_REFUSED(1266, "%s refused the note for its ticket %s with HTTP %d: %s. Check errdex.helpdesk.%s.* (URL,"
            + " credentials, the agent's permissions) and that the ticket exists; the note is in the dead-letter table"
            + " and can be re-queued once fixed (docs/helpdesks.md)."),

    /** A helpdesk connector's API could not be reached or asked to be called later (408, 425, 429, 5xx). */
    CONNECTOR_UNAVAILABLE(1267, "%s did not take the note for its ticket %s: %s. It is retried with backoff, never"
            + " before the helpdesk's Retry-After; check that the helpdesk is reachable from errdex."),

    /** A helpdesk connector is not configured (or configured incompletely). */
    CONNECTOR_SETTINGS_INVALID(1268, "The helpdesk settings are invalid: %s. Fix errdex.helpdesk.* (see"
            + " docs/helpdesks.md).");

    private final int number;
    private final String template;

    OutboundErrorCode(int number, String template) {
        this.number = number;
        this.template = template;
    }

    @Override
    public int number() {
        return number;
    }

    /** The message template: what happened ({@code %} arguments) and what to do. */
    @Override
    public String template() {
        return template;
    }

}
