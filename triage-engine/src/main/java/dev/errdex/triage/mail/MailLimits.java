package dev.errdex.triage.mail;

/**
 * Limits that protect the reader from hostile or broken mail. A message over any limit is refused with a
 * {@link MailRejectedException} (never a crash, hang or out-of-memory), except {@link #maxTextLineLength}, which
 * truncates (see there).
 *
 * @param maxMessageBytes   largest raw message, in bytes (default 10 MiB)
 * @param maxNestingDepth   deepest nesting of multiparts and attached messages (default 20; the top-level
 *                          message is depth 0, each multipart or message/rfc822 inside adds one)
 * @param maxParts          most MIME entities in one message, counting every body part of every multipart and every
 *                          attached message (default 500)
 * @param maxHeaderCount    most header fields in one header block (default 1,000)
 * @param maxHeaderLength   longest header field including its folded continuation lines, in bytes (default 64 KiB)
 * @param maxLineLength     longest raw line where the MIME parser reads line by line (header lines, boundary
 *                          lines), in bytes (default 64 KiB); over it the message is refused
 * @param maxAttachments    most attachments: parts with a file name or disposition "attachment", and inline parts
 *                          that are not read (binary, compressed, unknown transfer encoding); default 100
 * @param maxTextBytes      most bytes of text over all read parts after transfer decoding (base64,
 *                          quoted-printable), before charset decoding (default 4 MiB)
 * @param maxTextLineLength longest line kept in the readable text, in characters (default 20,000). Longer lines
 *                          (minified JSON, base64 pasted as text) are cut to this length: the rest of the line is
 *                          dropped and the cut is listed in {@link ReadableEmail#notes()}. Truncating, not
 *                          refusing, because one long pasted line should not cost the rest of the email.
 */
public record MailLimits(
        long maxMessageBytes,
        int maxNestingDepth,
        int maxParts,
        int maxHeaderCount,
        int maxHeaderLength,
        int maxLineLength,
        int maxAttachments,
        int maxTextBytes,
        int maxTextLineLength) {

    /** The defaults documented on each component. */
    public static final MailLimits DEFAULTS = new MailLimits(
            10L * 1024 * 1024, 20, 500, 1_000, 64 * 1024, 64 * 1024, 100, 4 * 1024 * 1024, 20_000);

    public MailLimits {
        requirePositive(maxMessageBytes, "maxMessageBytes");
        requirePositive(maxNestingDepth, "maxNestingDepth");
        requirePositive(maxParts, "maxParts");
        requirePositive(maxHeaderCount, "maxHeaderCount");
        requirePositive(maxHeaderLength, "maxHeaderLength");
        requirePositive(maxLineLength, "maxLineLength");
        requirePositive(maxAttachments, "maxAttachments");
        requirePositive(maxTextBytes, "maxTextBytes");
        requirePositive(maxTextLineLength, "maxTextLineLength");
    }

    /** The defaults. */
    public static MailLimits defaults() {
        return DEFAULTS;
    }

    public MailLimits withMaxMessageBytes(long value) {
        return new MailLimits(value, maxNestingDepth, maxParts, maxHeaderCount, maxHeaderLength, maxLineLength,
                maxAttachments, maxTextBytes, maxTextLineLength);
    }

    public MailLimits withMaxTextBytes(int value) {
        return new MailLimits(maxMessageBytes, maxNestingDepth, maxParts, maxHeaderCount, maxHeaderLength,
                maxLineLength, maxAttachments, value, maxTextLineLength);
    }

    private static void requirePositive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }
}
