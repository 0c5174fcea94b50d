package dev.errdex.search.internal;

import dev.errdex.catalog.text.HtmlText;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Marks the words of a text that a query matched: {@code <mark>}...{@code </mark>} around each, everything else
 * HTML-escaped. A word matches when the prose analyzer turns it into one of the query's terms, so "connections"
 * is marked for the query "connection". Long texts are cut to a window around the densest run of marks.
 */
public final class SnippetMarker {

    /** Longest snippet, in characters of the source text. */
    static final int MAX_LENGTH = 220;

    private final Analyzer prose;

    public SnippetMarker(Analyzer prose) {
        this.prose = prose;
    }

    /** How many distinct query terms {@code text} contains. */
    public int matches(String text, Set<String> terms) {
        return matches(analyse(text), terms);
    }

    /** How many distinct query terms the analysed text contains. */
    public int matches(Analysed text, Set<String> terms) {
        return (int) spans(text, terms).stream().map(s -> s.term).distinct().count();
    }

    /** The marked, escaped snippet of {@code text} for {@code terms}. */
    public String mark(String text, Set<String> terms) {
        return mark(analyse(text), terms);
    }

    /** The marked, escaped snippet of an analysed text for {@code terms}. */
    public String mark(Analysed analysed, Set<String> terms) {
        String text = analysed.text();
        List<Span> spans = spans(analysed, terms);
        int from = 0;
        int to = text.length();
        if (to > MAX_LENGTH) {
            int[] window = densestWindow(spans, text.length());
            from = window[0];
            to = window[1];
        }
        StringBuilder out = new StringBuilder();
        if (from > 0) {
            out.append("\u2026");
        }
        int at = from;
        for (Span s : spans) {
            if (s.start < from || s.end > to) {
                continue;
            }
            HtmlText.escape(text, at, s.start, out);
            out.append("<mark>");
            HtmlText.escape(text, s.start, s.end, out);
            out.append("</mark>");
            at = s.end;
        }
        HtmlText.escape(text, at, to, out);
        if (to < text.length()) {
            out.append("\u2026");
        }
        return out.toString();
    }

    private int[] densestWindow(List<Span> spans, int length) {
        int bestStart = 0;
        int bestCount = -1;
        for (Span s : spans) {
            int start = Math.max(0, s.start - 30);
            int end = start + MAX_LENGTH;
            int count = 0;
            for (Span t : spans) {
                if (t.start >= start && t.end <= end) {
                    count++;
                }
            }
            if (count > bestCount) {
                bestCount = count;
                bestStart = start;
            }
        }
        int end = Math.min(length, bestStart + MAX_LENGTH);
        return new int[] {Math.max(0, Math.min(bestStart, end - MAX_LENGTH)), end};
    }

    /** {@code text} with its words as the prose analyzer sees them, to be marked for any number of queries. */
    public Analysed analyse(String text) {
        List<Span> words = new ArrayList<>();
        if (!text.isEmpty()) {
            try (TokenStream ts = prose.tokenStream(CatalogFields.TITLE, text)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    words.add(new Span(offset.startOffset(), offset.endOffset(), term.toString()));
                }
                ts.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Analysed(text, List.copyOf(words));
    }

    /** The words of {@code text} that are query terms, without overlaps, in text order. */
    private static List<Span> spans(Analysed text, Set<String> terms) {
        List<Span> out = new ArrayList<>();
        if (terms.isEmpty()) {
            return out;
        }
        int last = -1;
        for (Span w : text.words()) {
            if (terms.contains(w.term) && w.start >= last) {
                out.add(w);
                last = w.end;
            }
        }
        return out;
    }

    /** A text and its analysed words. */
    public record Analysed(String text, List<Span> words) {
    }

    /** A word of a text: where it is and the term it analyses to. */
    public record Span(int start, int end, String term) {
    }
}
