package dev.errdex.triage.mail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An email as errdex reads it: the headers that matter for triage and every piece of readable text, each labelled
 * with where it was found.
 *
 * @param messageId   the Message-ID header as written, e.g. {@code <abc@example.com>}; null when absent
 * @param from        the first From mailbox; null when absent
 * @param to          To mailboxes (groups flattened)
 * @param cc          Cc mailboxes
 * @param subject     the decoded subject (RFC 2047), unfolded; empty when absent
 * @param date        the Date header; null when absent or unparseable
 * @param inReplyTo   the In-Reply-To header; null when absent
 * @param references  the message ids of the References header, in order
 * @param parts       readable text in document order: subject first, then bodies, forwarded messages and text
 *                    attachments where they occur
 * @param attachments every attachment and inline non-text part, read or not
 * @param notes       what the reader had to work around (unknown charset, truncated lines, skipped parts...)
 */
public record ReadableEmail(
        String messageId,
        Address from,
        List<Address> to,
        List<Address> cc,
        String subject,
        Instant date,
        String inReplyTo,
        List<String> references,
        List<TextPart> parts,
        List<Attachment> attachments,
        List<String> notes) {

    public ReadableEmail {
        subject = subject == null ? "" : subject;
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        references = List.copyOf(references);
        parts = List.copyOf(parts);
        attachments = List.copyOf(attachments);
        notes = List.copyOf(notes);
    }

    /** The part with this label, if any. */
    public Optional<TextPart> part(String label) {
        return parts.stream().filter(p -> p.label().equals(label)).findFirst();
    }

    /** All readable text, parts separated by blank lines (quoted history and signatures included). */
    public String text() {
        return parts.stream().map(TextPart::text).collect(Collectors.joining("\n\n"));
    }
}
