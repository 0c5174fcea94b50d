package dev.errdex.triage.outbound;

import java.time.Instant;

/**
 * The state of one note in the outbox.
 *
 * @param id             outbox row id
 * @param ticketId       the ticket
 * @param target         HELPDESK, EMAIL or CUSTOMER_REPLY
 * @param idempotencyKey key of the note
 * @param state          PENDING, SENDING, DELIVERED or DEAD
 * @param attempts       attempts made so far
 * @param lastError      the last failure, or null
 * @param deliveredAt    when it was delivered, or null
 */
public record DeliveryStatus(long id, String ticketId, String target, String idempotencyKey, String state,
                             int attempts, String lastError, Instant deliveredAt) {
}
