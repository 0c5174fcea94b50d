package dev.errdex.triage.inbound.helpdesk;

import dev.errdex.catalog.ErrdexCode;

/**
 * Errors of the helpdesk endpoints ({@code POST /helpdesk/<name>}), range ERR_ERRDEX_1450..1459 (within the
 * 1440-1499 left to remediation going out to helpdesks).
 */
public enum HelpdeskErrorCode implements ErrdexCode {

    /** No webhook secret is configured for this helpdesk: its endpoint is off. */
    INBOUND_OFF(1450, "The %s endpoint is off: %s. Set errdex.helpdesk.%s.webhook-secret (docs/helpdesks.md)."),

    /** The request carries no signature (or shared secret). */
    SIGNATURE_MISSING(1451, "The %s event has no %s. Send it from the webhook configured in docs/helpdesks.md."),

    /** The signature (or shared secret) does not match. */
    SIGNATURE_WRONG(1452, "The %s event's %s does not match. Check that errdex.helpdesk.%s.webhook-secret is the"
            + " secret the helpdesk signs with."),

    /** The signature's timestamp is too old or in the future: a replay. */
    EVENT_STALE(1453, "The %s event was signed at %s, further from now than errdex.helpdesk.max-event-age (%s);"
            + " it is refused as a replay. Check the clocks, or let the helpdesk send a fresh event."),

    /** The body is not the helpdesk's payload: broken JSON or a required field missing. */
    PAYLOAD_INVALID(1454, "The %s event cannot be read: %s. Use the payload given in docs/helpdesks.md; nothing was"
            + " stored.");

    private final int number;
    private final String template;

    HelpdeskErrorCode(int number, String template) {
        this.number = number;
        this.template = template;
    }

    @Override
    public int number() {
        return number;
    }

    @Override
    public String template() {
        return template;
    }
}
