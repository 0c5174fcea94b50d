package dev.errdex.triage.outbound;

import java.time.Instant;

/**
 * A note given up on.
 *
 * @param deliveryId     the outbox row
 * @param ticketId       the ticket
 * @param target         HELPDESK, EMAIL or CUSTOMER_REPLY
 * @param idempotencyKey key of the note
 * @param attempts       attempts made
 * @param reason         why it was given up (last error, with its ERR_ERRDEX code)
 * @param deadAt         when
 */
public record DeadLetter(long deliveryId, String ticketId, String target, String idempotencyKey, int attempts,
                         String reason, Instant deadAt) {
}
