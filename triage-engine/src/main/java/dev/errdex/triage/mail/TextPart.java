package dev.errdex.triage.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One piece of readable text of an email: the subject, a body, an HTML body turned into text, a text attachment, or
 * any of those inside a forwarded message.
 *
 * <p>Lines are separated by {@code \n} only. Line numbers are 0-based. For bodies, {@link #quoted()} marks the reply
 * history (lines starting with {@code >}, "On ... wrote:" attributions and what follows "-----Original Message-----")
 * and {@link #signature()} marks signatures and disclaimers ("-- " delimiter, "Sent from my iPhone", confidentiality
 * notices). Both are kept in {@link #text()}; {@link #ownText()} leaves them out.
 *
 * @param label     where the text comes from: {@code subject}, {@code body}, {@code body[2]}, {@code html},
 *                  {@code attachment:app.log}, {@code forwarded[1]/body}, {@code forwarded[1]/forwarded[1]/subject}...
 * @param text      the readable text
 * @param quoted    line ranges of quoted reply history, ascending and disjoint
 * @param signature line ranges of signatures and disclaimers, ascending and disjoint
 */
public record TextPart(String label, String text, List<LineRange> quoted, List<LineRange> signature) {

    public TextPart {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(text, "text");
        quoted = List.copyOf(quoted);
        signature = List.copyOf(signature);
    }

    /** A part with no quoted or signature lines (subject, attachments). */
    public static TextPart plain(String label, String text) {
        return new TextPart(label, text, List.of(), List.of());
    }

    /** The lines of {@link #text()}. */
    public List<String> lines() {
        return List.of(text.split("\n", -1));
    }

    /** Whether line {@code line} is quoted reply history. */
    public boolean isQuoted(int line) {
        return covers(quoted, line);
    }

    /** Whether line {@code line} belongs to a signature or disclaimer. */
    public boolean isSignature(int line) {
        return covers(signature, line);
    }

    /** The 0-based line that holds character {@code offset} of {@link #text()}. */
    public int lineOf(int offset) {
        int line = 0;
        int end = Math.min(offset, text.length());
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The text without quoted history and signatures: what the sender wrote in this message. */
    public String ownText() {
        return select(false);
    }

    /** Only the quoted history lines. */
    public String quotedText() {
        return select(true);
    }

    private String select(boolean wantQuoted) {
        if (quoted.isEmpty() && signature.isEmpty()) {
            return wantQuoted ? "" : text;
        }
        List<String> all = lines();
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            boolean q = isQuoted(i);
            if (wantQuoted ? q : !q && !isSignature(i)) {
                kept.add(all.get(i));
            }
        }
        return String.join("\n", kept);
    }

    /** Binary search: the ranges are ascending and disjoint. */
    private static boolean covers(List<LineRange> ranges, int line) {
        int lo = 0;
        int hi = ranges.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            LineRange r = ranges.get(mid);
            if (line < r.from()) {
                hi = mid - 1;
            } else if (line >= r.to()) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /**
     * Lines {@code from} (inclusive) to {@code to} (exclusive).
     */
    public record LineRange(int from, int to) {

        public LineRange {
            if (from < 0 || to < from) {
                throw new IllegalArgumentException("bad line range " + from + ".." + to);
            }
        }

        public boolean contains(int line) {
            return line >= from && line < to;
        }
    }
}
