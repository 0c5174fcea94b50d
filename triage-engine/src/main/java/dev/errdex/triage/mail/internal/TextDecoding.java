package dev.errdex.triage.mail.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Bytes to readable text: charset decoding that never fails, and line shaping (one line separator, no control
 * characters, bounded line length).
 *
 * <p>Charset rules: a declared charset Java knows is used, except that declared US-ASCII with 8-bit bytes and
 * declared UTF-8 that is not valid UTF-8 are sniffed like undeclared text. Undeclared or unknown charsets: strict
 * UTF-8 if the bytes are valid UTF-8, otherwise windows-1252 (which maps every byte to some character).
 */
public final class TextDecoding {

    static final Charset FALLBACK = Charset.forName("windows-1252");

    private TextDecoding() {
    }

    /**
     * Decodes {@code bytes}; notes what was worked around.
     *
     * @param declared the charset parameter as sent, or null
     * @param where    label used in notes
     */
    public static String decode(byte[] bytes, String declared, String where, List<String> notes) {
        Charset cs = lookup(declared);
        if (declared != null && !declared.isBlank() && cs == null) {
            notes.add(where + ": unknown charset '" + clip(declared) + "', decoded by sniffing");
        }
        if (cs != null && !cs.equals(StandardCharsets.US_ASCII) && !cs.equals(StandardCharsets.UTF_8)) {
            return new String(bytes, cs);
        }
        if (cs == null || !isAscii(bytes)) {
            String utf8 = strictUtf8(bytes);
            if (utf8 != null) {
                return utf8;
            }
            if (cs != null) {
                notes.add(where + ": declared " + cs.name() + " but bytes are not; decoded as windows-1252");
            }
            return new String(bytes, FALLBACK);
        }
        return new String(bytes, StandardCharsets.US_ASCII);
    }

    /** Decodes a header field's raw bytes: UTF-8 when valid (RFC 6532), windows-1252 otherwise. */
    public static String decodeHeader(byte[] bytes) {
        if (isAscii(bytes)) {
            return new String(bytes, StandardCharsets.US_ASCII);
        }
        String utf8 = strictUtf8(bytes);
        return utf8 != null ? utf8 : new String(bytes, FALLBACK);
    }

    /**
     * One line separator ({@code \n}), no control characters except tab, and lines cut to {@code maxLineLength}
     * characters.
     *
     * @return the shaped text
     */
    public static String shapeLines(String text, int maxLineLength, String where, List<String> notes) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), 1 << 20));
        int lineLength = 0;
        int cutLines = 0;
        boolean cutting = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    continue;
                }
                c = '\n';
            }
            if (c == '\n') {
                out.append('\n');
                lineLength = 0;
                cutting = false;
                continue;
            }
            if (cutting) {
                continue;
            }
            if ((c < 0x20 && c != '\t') || c == 0x7f || c == '\ufeff') {
                continue;
            }
            if (lineLength == maxLineLength) {
                cutting = true;
                cutLines++;
                continue;
            }
            out.append(c);
            lineLength++;
        }
        if (cutLines > 0) {
            notes.add(where + ": " + cutLines + " line(s) longer than " + maxLineLength + " characters cut");
        }
        return out.toString();
    }

    private static Charset lookup(String declared) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        String name = declared.strip().replace("\"", "").toLowerCase(Locale.ROOT);
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            // IllegalCharsetNameException and UnsupportedCharsetException are both IllegalArgumentExceptions
            return null;
        }
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    static String clip(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}
