package dev.errdex.triage;

import dev.errdex.catalog.ErrdexCode;

/**
 * Registry of errdex's own triage and mail error codes (range {@code ERR_ERRDEX_1200}-{@code 1299}).
 *
 * <p>Codes are stable: never renumber or reuse one. Each entry says what went wrong in general terms and what to do;
 * the exception that carries it adds the specifics (which limit, which value).
 */
public enum TriageErrorCode implements ErrdexCode {

    /** The input has no bytes at all. */
    EMPTY_MESSAGE(1200, "The message is empty (0 bytes). Check that the file or upload contains the raw email."),

    /** The raw message is bigger than {@code MailLimits.maxMessageBytes}. */
    MESSAGE_TOO_LARGE(1201, "The message is larger than the configured maximum size."
            + " Ask the sender for a smaller message or raise the limit (MailLimits.maxMessageBytes)."),

    /** Multiparts and attached messages nest deeper than {@code MailLimits.maxNestingDepth}. */
    NESTING_TOO_DEEP(1202, "The MIME structure nests deeper than allowed; such mail is malformed or hostile."
            + " Read it by hand or raise MailLimits.maxNestingDepth."),

    /** More MIME parts than {@code MailLimits.maxParts}. */
    TOO_MANY_PARTS(1203, "The message has more MIME parts than allowed."
            + " Read it by hand or raise MailLimits.maxParts."),

    /** One header block has more fields than {@code MailLimits.maxHeaderCount}. */
    TOO_MANY_HEADERS(1204, "A header block has more fields than allowed."
            + " Read it by hand or raise MailLimits.maxHeaderCount."),

    /** One header field (with its folded lines) is longer than {@code MailLimits.maxHeaderLength}. */
    HEADER_TOO_LONG(1205, "A header field is longer than allowed."
            + " Read it by hand or raise MailLimits.maxHeaderLength."),

    /** A raw line is longer than {@code MailLimits.maxLineLength} where the MIME parser reads lines. */
    LINE_TOO_LONG(1206, "A raw line of the message is longer than allowed."
            + " Read it by hand or raise MailLimits.maxLineLength."),

    /** More attachments than {@code MailLimits.maxAttachments}. */
    TOO_MANY_ATTACHMENTS(1207, "The message has more attachments than allowed."
            + " Read it by hand or raise MailLimits.maxAttachments."),

    /** The decoded readable text is bigger than {@code MailLimits.maxTextBytes}. */
    TEXT_TOO_LARGE(1208, "The decoded text of the message (body and text attachments) is larger than allowed."
            + " Ask for the relevant excerpt of the logs or raise MailLimits.maxTextBytes."),

    /** The bytes are not an email (binary data, no header). */
    NOT_A_MESSAGE(1209, "The data is not an email: no header and binary content."
            + " Check that the file is a raw .eml/RFC 5322 message, not an archive or a picture."),

    /** The MIME parser gave up on the message even in lenient mode. */
    MALFORMED_MESSAGE(1210, "The message is too malformed to read. Read it by hand."),

    /** bin/triage could not read a source file (missing, no permission, I/O error). */
    SOURCE_UNREADABLE(1220, "The file could not be read. Check the path and its permissions."),

    /** bin/triage could not load the catalog named by --catalog. */
    CATALOG_UNREADABLE(1221, "The catalog given with --catalog could not be loaded."
            + " Give a JSON export of the catalog (the bundled format) or leave --catalog out.");

    private final int number;
    private final String guidance;

    TriageErrorCode(int number, String guidance) {
        this.number = number;
        this.guidance = guidance;
    }

    /** The number part of the code. */
    @Override
    public int number() {
        return number;
    }

    /** What the code means in general and what to do about it. */
    @Override
    public String template() {
        return guidance;
    }

    /** Same as {@link #template()}. */
    public String guidance() {
        return guidance;
    }
}
