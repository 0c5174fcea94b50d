package dev.errdex.triage.mail;

import dev.errdex.triage.TriageErrorCode;
import dev.errdex.triage.mail.internal.HeaderBlock;
import dev.errdex.triage.mail.internal.ReadingHandler;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.io.MaxHeaderLengthLimitException;
import org.apache.james.mime4j.io.MaxHeaderLimitException;
import org.apache.james.mime4j.io.MaxLineLimitException;
import org.apache.james.mime4j.message.DefaultBodyDescriptorBuilder;
import org.apache.james.mime4j.parser.MimeStreamParser;
import org.apache.james.mime4j.stream.MimeConfig;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * Reads raw email bytes (RFC 5322 / MIME) into a {@link ReadableEmail}. Thread-safe and cheap to share.
 *
 * <p>What it reads: the subject (RFC 2047 decoded); text/plain bodies, and text/html bodies turned into text when
 * there is no plain alternative; quoted-printable and base64; any charset (unknown ones sniffed, never an error); text
 * attachments (text/*, JSON, YAML, and files named .log .txt .json .yaml .yml .csv .md and similar); attached
 * messages (message/rfc822, recursively) and inline forwards; quoted reply history and signatures are kept but
 * marked. Compressed and binary attachments are listed, not read.
 *
 * <p>Hostile mail is refused with a {@link MailRejectedException} when it crosses one of the {@link MailLimits}; the
 * work per message is bounded by those limits (no crash, no hang, no out-of-memory).
 */
public final class MailReader {

    private static final int SNIFF_BYTES = 8 * 1024;

    private final MailLimits limits;
    private final MimeConfig config;

    /** A reader with {@link MailLimits#DEFAULTS}. */
    public MailReader() {
        this(MailLimits.DEFAULTS);
    }

    public MailReader(MailLimits limits) {
        this.limits = Objects.requireNonNull(limits);
        this.config = MimeConfig.custom()
                .setMaxLineLen(limits.maxLineLength())
                .setMaxHeaderCount(limits.maxHeaderCount())
                .setMaxHeaderLen(limits.maxHeaderLength())
                .setMaxContentLen(limits.maxMessageBytes())
                .setMalformedHeaderStartsBody(true)
                .setStrictParsing(false)
                .build();
    }

    /** The limits this reader enforces. */
    public MailLimits limits() {
        return limits;
    }

    /**
     * Reads a message from a stream, reading at most {@code maxMessageBytes + 1} bytes of it.
     *
     * @throws MailRejectedException when the message is empty, too large, not an email or over a limit
     * @throws IOException           when the stream fails
     */
    public ReadableEmail read(InputStream in) throws IOException {
        byte[] raw = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxMessageBytes() + 1));
        return read(raw);
    }

    /**
     * Reads a message.
     *
     * @throws MailRejectedException when the message is empty, too large, not an email or over a limit
     */
    public ReadableEmail read(byte[] raw) {
        Objects.requireNonNull(raw, "raw");
        if (raw.length == 0) {
            throw new MailRejectedException(TriageErrorCode.EMPTY_MESSAGE, "the message has 0 bytes");
        }
        if (raw.length > limits.maxMessageBytes()) {
            throw new MailRejectedException(TriageErrorCode.MESSAGE_TOO_LARGE,
                    "the message is over " + limits.maxMessageBytes() + " bytes");
        }
        if (looksBinary(raw)) {
            throw new MailRejectedException(TriageErrorCode.NOT_A_MESSAGE,
                    "no header line and binary bytes at the start");
        }
        ReadingHandler handler = new ReadingHandler(limits);
        MimeStreamParser parser = new MimeStreamParser(config, DecodeMonitor.SILENT,
                new DefaultBodyDescriptorBuilder());
        parser.setContentDecoding(true);
        parser.setRecurse();
        parser.setContentHandler(handler);
        try {
            parser.parse(new ByteArrayInputStream(HeaderBlock.repair(raw)));
        } catch (MailRejectedException e) {
            throw e;
        } catch (MimeException | IOException e) {
            throw translate(e);
        } catch (RuntimeException | StackOverflowError e) {
            throw new MailRejectedException(TriageErrorCode.MALFORMED_MESSAGE,
                    "the MIME parser failed: " + e.getClass().getSimpleName(), e);
        }
        return handler.email();
    }

    private MailRejectedException translate(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MaxHeaderLimitException) {
                return new MailRejectedException(TriageErrorCode.TOO_MANY_HEADERS,
                        "a header block has more than " + limits.maxHeaderCount() + " fields", e);
            }
            if (t instanceof MaxHeaderLengthLimitException) {
                return new MailRejectedException(TriageErrorCode.HEADER_TOO_LONG,
                        "a header field is longer than " + limits.maxHeaderLength() + " bytes", e);
            }
            if (t instanceof MaxLineLimitException) {
                return new MailRejectedException(TriageErrorCode.LINE_TOO_LONG,
                        "a line is longer than " + limits.maxLineLength() + " bytes", e);
            }
        }
        return new MailRejectedException(TriageErrorCode.MALFORMED_MESSAGE,
                "the MIME parser failed: " + e.getMessage(), e);
    }

    /**
     * Binary data, not mail: the first line is not a header field and the start has NUL bytes or mostly control
     * characters. Text without headers is still read (as a body).
     */
    static boolean looksBinary(byte[] raw) {
        int n = Math.min(raw.length, SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = raw[i] & 0xff;
            if (b == 0) {
                return !startsWithHeaderLine(raw);
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control * 10 > n && !startsWithHeaderLine(raw);
    }

    private static boolean startsWithHeaderLine(byte[] raw) {
        for (int i = 0; i < Math.min(raw.length, 1000); i++) {
            int b = raw[i] & 0xff;
            if (b == ':') {
                return i > 0;
            }
            if (b <= 0x20 || b >= 0x7f) {
                return false;
            }
        }
        return false;
    }
}
