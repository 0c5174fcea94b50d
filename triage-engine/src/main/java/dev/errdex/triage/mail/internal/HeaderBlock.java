package dev.errdex.triage.mail.internal;

/**
 * Repairs the start of a message before it goes to the MIME parser, so that no text is lost.
 *
 * <ul>
 *   <li>A leading mbox postmark line ({@code From sender date}, no colon after "From") is dropped.</li>
 *   <li>The header ends at the first line that is neither a header field ({@code Name: value}, also the obsolete
 *       {@code Name : value}) nor a folded continuation: an empty line is inserted before it so that the line starts
 *       the body. (mime4j's own recovery for such lines drops the line after the bad one.) A message whose first line
 *       is not a header field has an empty header and is all body.</li>
 * </ul>
 * One pass over the header lines only.
 */
public final class HeaderBlock {

    private HeaderBlock() {
    }

    /** The message, repaired; the same array when nothing needed repair. */
    public static byte[] repair(byte[] raw) {
        int start = 0;
        if (startsWith(raw, 0, "From ")) {
            start = nextLine(raw, 0);
        }
        int pos = start;
        while (pos < raw.length) {
            int end = nextLine(raw, pos);
            int content = contentLength(raw, pos, end);
            if (content == 0) {
                break; // the empty line that ends the header
            }
            boolean continuation = pos > start && (raw[pos] == ' ' || raw[pos] == '\t');
            if (!continuation && !isFieldLine(raw, pos, pos + content)) {
                return insertEmptyLine(raw, start, pos);
            }
            pos = end;
        }
        return start == 0 ? raw : copy(raw, start, raw.length);
    }

    private static boolean isFieldLine(byte[] raw, int from, int to) {
        int i = from;
        while (i < to && raw[i] > 0x20 && raw[i] < 0x7f && raw[i] != ':') {
            i++;
        }
        if (i == from) {
            return false;
        }
        while (i < to && (raw[i] == ' ' || raw[i] == '\t')) {
            i++;
        }
        return i < to && raw[i] == ':';
    }

    private static byte[] insertEmptyLine(byte[] raw, int start, int at) {
        byte[] out = new byte[raw.length - start + 1];
        System.arraycopy(raw, start, out, 0, at - start);
        out[at - start] = '\n';
        System.arraycopy(raw, at, out, at - start + 1, raw.length - at);
        return out;
    }

    private static byte[] copy(byte[] raw, int from, int to) {
        byte[] out = new byte[to - from];
        System.arraycopy(raw, from, out, 0, out.length);
        return out;
    }

    private static int nextLine(byte[] raw, int pos) {
        int i = pos;
        while (i < raw.length && raw[i] != '\n') {
            i++;
        }
        return Math.min(raw.length, i + 1);
    }

    private static int contentLength(byte[] raw, int pos, int end) {
        int e = end;
        if (e > pos && raw[e - 1] == '\n') {
            e--;
        }
        if (e > pos && raw[e - 1] == '\r') {
            e--;
        }
        return e - pos;
    }

    private static boolean startsWith(byte[] raw, int pos, String prefix) {
        if (raw.length - pos < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (raw[pos + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
