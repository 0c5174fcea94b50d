package dev.errdex.search.internal;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cuts a support text into the passages that are scored one by one: every line, and every sentence of every
 * paragraph read as one line (so a message that the mail client wrapped is whole again). Reply quote marks are
 * removed; the signature (after a {@code "-- "} line) is dropped; repeated passages are kept once.
 *
 * <p>Bounded for hostile input: at most {@value #MAX_CHARS} characters are read, passages longer than
 * {@value #MAX_PASSAGE} characters are cut, and at most {@value #MAX_PASSAGES} passages are returned.
 */
public final class TextPassages {

    static final int MAX_CHARS = 60_000;
    static final int MAX_PASSAGE = 600;
    static final int MAX_PASSAGES = 160;

    private static final Pattern QUOTE_MARKS = Pattern.compile("^(\\s*>)+\\s?");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TextPassages() {
    }

    /** The passages of {@code text}, in reading order, lines first within each paragraph. */
    public static List<String> of(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String bounded = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        Set<String> passages = new LinkedHashSet<>();
        List<String> paragraph = new ArrayList<>();
        for (String raw : bounded.split("\\r?\\n|\\r", -1)) {
            if (raw.equals("-- ") || raw.equals("--")) {
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
        List<String> out = new ArrayList<>(passages);
        return out.size() > MAX_PASSAGES ? out.subList(0, MAX_PASSAGES) : out;
    }

    private static void flush(List<String> paragraph, Set<String> passages) {
        if (paragraph.isEmpty()) {
            return;
        }
        for (String line : paragraph) {
            add(passages, line);
        }
        if (paragraph.size() > 1) {
            String joined = String.join(" ", paragraph);
            for (String sentence : sentences(joined)) {
                add(passages, sentence);
            }
        } else {
            List<String> sentences = sentences(paragraph.get(0));
            if (sentences.size() > 1) {
                sentences.forEach(s -> add(passages, s));
            }
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

    private static void add(Set<String> passages, String passage) {
        String p = SPACES.matcher(passage).replaceAll(" ").strip();
        if (p.length() > MAX_PASSAGE) {
            p = p.substring(0, MAX_PASSAGE);
        }
        if (p.length() >= 3 && LETTER.matcher(p).find()) {
            passages.add(p);
        }
    }

    /** Lower-cased passage, for comparisons that ignore case. */
    static String key(String passage) {
        return passage.toLowerCase(Locale.ROOT);
    }
}
