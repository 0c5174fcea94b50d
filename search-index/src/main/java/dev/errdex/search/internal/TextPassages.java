package dev.errdex.search.internal;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Cuts a support text into the passages that are scored one by one: every line, and every sentence of every
 * paragraph read as one line (so a message that the mail client wrapped is whole again), and, when the text has
 * more than one sentence, one window over the whole text (its sentences in reading order): a symptom described
 * over several sentences or paragraphs is found there when no single sentence names it. Reply quote marks are
 * removed; a signature (a {@code "-- "} line followed by at most {@value #MAX_SIGNATURE_LINES} lines) is dropped;
 * repeated passages are kept once.
 *
 * <p>Bounded for hostile input: at most {@value #MAX_CHARS} characters are read, passages longer than
 * {@value #MAX_PASSAGE} characters are cut (the window at {@value #MAX_WINDOW}), and at most
 * {@value #MAX_PASSAGES} passages are returned, the window included.
 */
public final class TextPassages {

    static final int MAX_CHARS = 60_000;
    static final int MAX_PASSAGE = 600;
    static final int MAX_WINDOW = 2_000;
    static final int MAX_PASSAGES = 160;
    static final int MAX_SIGNATURE_LINES = 12;

    private static final Pattern QUOTE_MARKS = Pattern.compile("^(\\s*>)+\\s?");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TextPassages() {
    }

    /** What a passage is. */
    public enum Kind {
        /** A line as written (a log line, or part of a wrapped sentence). */
        LINE,
        /** A whole sentence of a paragraph read as one line. */
        SENTENCE,
        /** The whole text's sentences in reading order, cut at {@value #MAX_WINDOW} characters. */
        WINDOW
    }

    /**
     * A passage.
     *
     * @param text the passage, white space collapsed
     * @param kind line, sentence or whole-text window
     */
    public record Piece(String text, Kind kind) {

        /** Whether it is a whole sentence (of an unwrapped paragraph) rather than a wrapped line or the window. */
        public boolean sentence() {
            return kind == Kind.SENTENCE;
        }
    }

    /** The passages of {@code text}, in reading order, lines first within each paragraph; the window last. */
    public static List<Piece> of(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String bounded = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        Map<String, Boolean> passages = new LinkedHashMap<>();
        List<String> paragraph = new ArrayList<>();
        String[] lines = bounded.split("\\r?\\n|\\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i];
            if ((raw.equals("-- ") || raw.equals("--")) && lines.length - i - 1 <= MAX_SIGNATURE_LINES) {
                break;
            }
            String line = QUOTE_MARKS.matcher(raw).replaceFirst("").strip();
            if (line.isEmpty()) {
                flush(paragraph, passages);
                continue;
            }
            paragraph.add(line);
        }
        flush(paragraph, passages);
        List<Piece> out = new ArrayList<>();
        StringBuilder window = new StringBuilder();
        int sentences = 0;
        for (Map.Entry<String, Boolean> p : passages.entrySet()) {
            if (out.size() < MAX_PASSAGES - 1) {
                out.add(new Piece(p.getKey(), p.getValue() ? Kind.SENTENCE : Kind.LINE));
            }
            if (p.getValue() && window.length() < MAX_WINDOW) {
                window.append(p.getKey()).append(' ');
                sentences++;
            }
        }
        if (sentences > 1) {
            String w = window.length() > MAX_WINDOW ? window.substring(0, MAX_WINDOW) : window.toString();
            out.add(new Piece(w.strip(), Kind.WINDOW));
        }
        return out;
    }

    private static void flush(List<String> paragraph, Map<String, Boolean> passages) {
        if (paragraph.isEmpty()) {
            return;
        }
        for (String line : paragraph) {
            add(passages, line, false);
        }
        for (String sentence : sentences(String.join(" ", paragraph))) {
            add(passages, sentence, true);
        }
        paragraph.clear();
    }

    private static List<String> sentences(String text) {
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ROOT);
        it.setText(text);
        List<String> out = new ArrayList<>();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            out.add(text.substring(start, end));
        }
        return out;
    }

    private static void add(Map<String, Boolean> passages, String passage, boolean sentence) {
        String p = SPACES.matcher(passage).replaceAll(" ").strip();
        if (p.length() > MAX_PASSAGE) {
            p = p.substring(0, MAX_PASSAGE);
        }
        if (p.length() >= 3 && LETTER.matcher(p).find()) {
            passages.merge(p, sentence, Boolean::logicalOr);
        }
    }
}
