package dev.errdex.triage.mail.internal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.Locale;
import java.util.Set;

/**
 * HTML mail to readable text: scripts, styles and the head dropped; block elements, {@code <br>} and table rows end
 * lines; table cells separated by a tab; {@code <pre>} kept as written; lines inside {@code <blockquote>} prefixed
 * with {@code "> "} per level, so that quoted history is marked like in plain text; a link whose address is not its
 * text is followed by the address in angle brackets (codes hide in docs links).
 */
public final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
            "li", "table", "tr", "thead", "tbody", "tfoot", "pre", "blockquote", "section", "article", "header",
            "footer", "hr", "form", "address", "dl", "dt", "dd", "caption", "main", "nav", "aside", "figure",
            "figcaption", "fieldset", "details", "summary", "center");
    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "head", "title",
            "svg", "object", "iframe", "select", "option");
    private static final int MAX_LINK_LENGTH = 300;
    /**
     * Above this many tags the HTML is not given to the HTML parser (whose time grows badly with deep, hostile
     * markup); tags are stripped instead, which is linear.
     */
    public static final int MAX_PARSED_TAGS = 50_000;

    private HtmlText() {
    }

    /** The readable text of an HTML document or fragment. */
    public static String toText(String html) {
        if (countTags(html) > MAX_PARSED_TAGS) {
            return stripTags(html);
        }
        Document doc = Jsoup.parse(html);
        doc.select(String.join(",", DROPPED)).remove();
        Writer writer = new Writer();
        NodeTraversor.traverse(writer, doc.body() != null ? doc.body() : doc);
        return writer.result();
    }

    /** Whether {@link #toText} will strip tags rather than parse (the caller may want to note it). */
    public static boolean isTooComplex(String html) {
        return countTags(html) > MAX_PARSED_TAGS;
    }

    private static int countTags(String html) {
        int n = 0;
        for (int i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
            n++;
        }
        return n;
    }

    /**
     * The fallback, one linear pass: scripts and styles dropped, block tags as line breaks, other tags removed,
     * entities decoded.
     */
    static String stripTags(String html) {
        String lower = asciiLower(html);
        StringBuilder out = new StringBuilder(html.length() / 2);
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c != '<') {
                out.append(c);
                i++;
                continue;
            }
            int close = html.indexOf('>', i);
            if (close < 0) {
                break; // an unclosed tag runs to the end
            }
            String name = tagName(lower, i + 1, close);
            if (DROPPED.contains(name) && lower.charAt(i + 1) != '/') {
                int end = lower.indexOf("</" + name, close);
                int endClose = end < 0 ? -1 : html.indexOf('>', end);
                if (endClose < 0) {
                    break; // an unclosed script or style hides the rest
                }
                i = endClose + 1;
                continue;
            }
            out.append(BLOCKS.contains(name) || name.equals("br") ? '\n' : ' ');
            i = close + 1;
        }
        String text = Parser.unescapeEntities(out.toString(), false).replace('\u00a0', ' ');
        StringBuilder result = new StringBuilder(text.length());
        for (String line : text.split("\n")) {
            String l = line.replaceAll("[ \t]+", " ").strip();
            if (!l.isEmpty()) {
                result.append(l).append('\n');
            }
        }
        return result.toString().strip();
    }

    private static String tagName(String lower, int from, int to) {
        int i = from;
        if (i < to && lower.charAt(i) == '/') {
            i++;
        }
        int start = i;
        while (i < to && (Character.isLetterOrDigit(lower.charAt(i)))) {
            i++;
        }
        return lower.substring(start, i);
    }

    private static String asciiLower(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'A' && chars[i] <= 'Z') {
                chars[i] = (char) (chars[i] + 32);
            }
        }
        return new String(chars);
    }

    /** Walks the tree once (iteratively: deep markup cannot overflow the stack). */
    private static final class Writer implements NodeVisitor {
        private final StringBuilder out = new StringBuilder();
        private int quoteDepth;
        private int preDepth;
        private boolean lineStarted;
        private boolean pendingSpace;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                appendText(preDepth > 0 ? text.getWholeText() : text.text());
                return;
            }
            if (!(node instanceof Element el)) {
                return;
            }
            String tag = el.normalName();
            switch (tag) {
                case "br" -> newLine();
                case "td", "th" -> {
                    if (lineStarted) {
                        out.append('\t');
                        pendingSpace = false;
                    }
                }
                case "blockquote" -> {
                    newLine();
                    quoteDepth++;
                }
                case "pre" -> {
                    newLine();
                    preDepth++;
                }
                default -> {
                    if (BLOCKS.contains(tag)) {
                        newLine();
                    }
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element el)) {
                return;
            }
            String tag = el.normalName();
            switch (tag) {
                case "blockquote" -> {
                    newLine();
                    quoteDepth = Math.max(0, quoteDepth - 1);
                }
                case "pre" -> {
                    newLine();
                    preDepth = Math.max(0, preDepth - 1);
                }
                case "a" -> appendLink(el);
                default -> {
                    if (BLOCKS.contains(tag)) {
                        newLine();
                    }
                }
            }
        }

        private void appendLink(Element a) {
            String href = a.attr("href").strip();
            String lower = href.toLowerCase(Locale.ROOT);
            if (!(lower.startsWith("http://") || lower.startsWith("https://")) || href.length() > MAX_LINK_LENGTH) {
                return;
            }
            String text = a.text().strip();
            if (text.equals(href) || text.equals(stripScheme(href)) || stripScheme(text).equals(stripScheme(href))) {
                return;
            }
            appendText(" <" + href + ">");
        }

        private static String stripScheme(String url) {
            return url.replaceFirst("^(?i)https?://", "").replaceFirst("/$", "");
        }

        private void appendText(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i) == '\u00a0' ? ' ' : text.charAt(i);
                if (c == '\n' || c == '\r') {
                    if (preDepth > 0) {
                        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                            i++;
                        }
                        endLine();
                    } else {
                        pendingSpace = lineStarted;
                    }
                } else if (preDepth == 0 && Character.isWhitespace(c)) {
                    pendingSpace = lineStarted;
                } else {
                    startLineIfNeeded();
                    if (pendingSpace) {
                        out.append(' ');
                        pendingSpace = false;
                    }
                    out.append(c);
                }
            }
        }

        private void startLineIfNeeded() {
            if (!lineStarted) {
                lineStarted = true;
                pendingSpace = false;
                if (quoteDepth > 0) {
                    out.append("> ".repeat(quoteDepth));
                }
            }
        }

        private void newLine() {
            if (lineStarted) {
                endLine();
            }
        }

        private void endLine() {
            out.append('\n');
            lineStarted = false;
            pendingSpace = false;
        }

        String result() {
            // at most one blank line in a row, no trailing blanks
            String[] lines = out.toString().split("\n", -1);
            StringBuilder sb = new StringBuilder(out.length());
            int blanks = 0;
            for (String line : lines) {
                String l = line.stripTrailing();
                if (l.isEmpty()) {
                    if (++blanks > 1 || sb.length() == 0) {
                        continue;
                    }
                } else {
                    blanks = 0;
                }
                sb.append(l).append('\n');
            }
            return sb.toString().strip();
        }
    }
}
