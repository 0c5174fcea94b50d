package dev.errdex.triage.ticket;

import java.time.Instant;
import java.util.List;

/**
 * One email of a ticket (the first, or a reply in its thread), stored once.
 *
 * @param id          the stored message's id
 * @param messageId   the Message-ID header as written, null when the email had none
 * @param inReplyTo   the In-Reply-To header, null when absent
 * @param references  message ids of the References header
 * @param from        the sender ({@code Name <address>})
 * @param to          To recipients
 * @param cc          Cc recipients
 * @param subject     decoded subject
 * @param sentAt      the Date header; null when absent or unreadable
 * @param receivedAt  when errdex stored it
 * @param channel     how it arrived
 * @param sourceRef   where it came from (IMAP reference, file name...); may be null
 * @param contentHash SHA-256 (hex) of the normalised content (docs/tickets.md "Idempotency")
 * @param text        the readable text (subject, bodies, forwarded messages, text attachments)
 */
public record TicketMessage(
        long id,
        String messageId,
        String inReplyTo,
        List<String> references,
        String from,
        List<String> to,
        List<String> cc,
        String subject,
        Instant sentAt,
        Instant receivedAt,
        Channel channel,
        String sourceRef,
        String contentHash,
        String text) {

    public TicketMessage {
        references = List.copyOf(references);
        to = List.copyOf(to);
        cc = List.copyOf(cc);
    }
}
