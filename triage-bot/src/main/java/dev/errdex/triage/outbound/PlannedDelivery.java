package dev.errdex.triage.outbound;

/**
 * One note to send, as written to the outbox: the payload is stored as sent, so that every retry (also after a
 * restart) sends the same bytes under the same key.
 *
 * @param target         where it goes
 * @param ticketId       the ticket it is about
 * @param idempotencyKey unique per (ticket, annotation set, target); the outbox refuses a second row with it
 * @param payload        JSON: a {@link RemediationNote} for the helpdesk, a {@link NoteMail} for email targets
 */
public record PlannedDelivery(NoteTarget target, String ticketId, String idempotencyKey, String payload) {
}
