package dev.errdex.triage.outbound.helpdesk;

import dev.errdex.triage.outbound.DeliveryOutcome;

/**
 * Writes one note from the outbox to a helpdesk, the way that helpdesk's API expects it, and says how it went (never
 * throws). One implementation per helpdesk, and the generic signed webhook; each calls only its configured base URL.
 * The payload is what the outbox stored for it at queue time, so that a retry sends the same note.
 */
public interface HelpdeskConnector {

    /** Delivers one stored note under its idempotency key. */
    DeliveryOutcome deliver(String payload, String idempotencyKey);
}
