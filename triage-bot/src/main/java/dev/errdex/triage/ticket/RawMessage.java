package dev.errdex.triage.ticket;

/**
 * The original bytes of one email of a ticket, as it arrived (RFC 5322), for re-triage or for a person to read.
 *
 * @param messageId the email's Message-ID header, or null when it had none
 * @param sizeBytes the size of the original
 * @param sha256    SHA-256 (hex) of the original bytes
 * @param content   the original bytes
 */
public record RawMessage(String messageId, long sizeBytes, String sha256, byte[] content) {
}
