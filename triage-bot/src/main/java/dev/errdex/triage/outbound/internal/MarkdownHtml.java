package dev.errdex.triage.outbound.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small, safe Markdown to HTML rendering for email notes: headings, paragraphs, bullet and numbered lists, code
 * fences, inline code, bold and http(s) links. Everything is HTML-escaped first, so that markup in a guide or an
 * email (a {@code <script>} included) arrives as text; no raw HTML passes through.
 */
public final class MarkdownHtml {

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*+]\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d{1,3}[.)]\\s+(.*)$");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern BOLD = Pattern.compile("\\*\\*([^*]+)\\*\\*");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\((https?://[^\\s)\"'<>]+)\\)");

    private MarkdownHtml() {
    }

    /** HTML for a fragment of Markdown (no surrounding document). */
    public static String render(String markdown) {
        StringBuilder html = new StringBuilder();
        String list = null;
        boolean paragraph = false;
        boolean fence = false;
        for (String line : (markdown == null ? "" : markdown).split("\\R", -1)) {
            if (line.strip().startsWith("```")) {
                list = close(html, list);
                paragraph = closeParagraph(html, paragraph);
                html.append(fence ? "</pre>\n" : "<pre>");
                fence = !fence;
                continue;
            }
            if (fence) {
                html.append(escape(line)).append('\n');
                continue;
            }
            Matcher m;
            if (line.isBlank()) {
                list = close(html, list);
                paragraph = closeParagraph(html, paragraph);
            } else if ((m = HEADING.matcher(line)).matches()) {
                list = close(html, list);
                paragraph = closeParagraph(html, paragraph);
                int level = Math.min(6, m.group(1).length() + 2);
                html.append("<h").append(level).append('>').append(inline(m.group(2)))
                        .append("</h").append(level).append(">\n");
            } else if ((m = BULLET.matcher(line)).matches() || (m = NUMBERED.matcher(line)).matches()) {
                paragraph = closeParagraph(html, paragraph);
                String wanted = m.pattern() == BULLET ? "ul" : "ol";
                if (!wanted.equals(list)) {
                    close(html, list);
                    html.append('<').append(wanted).append(">\n");
                    list = wanted;
                }
                html.append("<li>").append(inline(m.group(1))).append("</li>\n");
            } else {
                list = close(html, list);
                if (paragraph) {
                    html.append("<br>\n");
                } else {
                    html.append("<p>");
                    paragraph = true;
                }
                html.append(inline(line.strip()));
            }
        }
        if (fence) {
            html.append("</pre>\n");
        }
        close(html, list);
        closeParagraph(html, paragraph);
        return html.toString();
    }

    /** Escapes the five HTML-significant characters. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String inline(String text) {
        // links are found in the raw text (so that the URL is checked before escaping), the rest after escaping
        StringBuilder out = new StringBuilder();
        Matcher link = LINK.matcher(text);
        int from = 0;
        while (link.find()) {
            out.append(emphasis(escape(text.substring(from, link.start()))));
            out.append("<a href=\"").append(escape(link.group(2))).append("\">")
                    .append(emphasis(escape(link.group(1)))).append("</a>");
            from = link.end();
        }
        out.append(emphasis(escape(text.substring(from))));
        return out.toString();
    }

    private static String emphasis(String escaped) {
        String code = CODE.matcher(escaped).replaceAll("<code>$1</code>");
        return BOLD.matcher(code).replaceAll("<strong>$1</strong>");
    }

    private static String close(StringBuilder html, String list) {
        if (list != null) {
            html.append("</").append(list).append(">\n");
        }
        return null;
    }

    private static boolean closeParagraph(StringBuilder html, boolean open) {
        if (open) {
            html.append("</p>\n");
        }
        return false;
    }
}
