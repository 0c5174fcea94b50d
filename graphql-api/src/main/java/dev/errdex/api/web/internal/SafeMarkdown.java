package dev.errdex.api.web.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the small Markdown subset the catalog's texts use into HTML that is safe to put in a page: everything is
 * HTML-escaped first, then only these constructs become markup: {@code `code`}, {@code **bold**},
 * {@code [text](https://...)} (http and https links only; other link targets stay plain text), paragraphs, and
 * lists ({@code - item}, {@code * item}, {@code 1. item}). Message templates get their placeholders marked up.
 */
public final class SafeMarkdown {

    /** {@code `x`} or {@code ``x``}: a code span. */
    private static final Pattern CODE_SPAN = Pattern.compile("(`{1,2})([^`]+?)\\1");
    /** An upper-case placeholder name, the content of a code span in a message template. */
    private static final Pattern PLACEHOLDER = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(\\S(?:.*?\\S)?)\\*\\*");
    /** Runs on escaped text: the target cannot hold a raw quote or angle bracket. */
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\[]+)]\\((https?://[^\\s()]+)\\)");
    private static final Pattern MARK = Pattern.compile("</?mark>");
    private static final Pattern UNORDERED_ITEM = Pattern.compile("^\\s*[-*]\\s+(.*)$");
    private static final Pattern ORDERED_ITEM = Pattern.compile("^\\s*\\d{1,3}[.)]\\s+(.*)$");

    private SafeMarkdown() {
    }

    /** HTML-escapes text for element content and quoted attribute values. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** One line of Markdown (a list item, a title) as inline HTML. */
    public static String inline(String markdown) {
        return spans(markdown, false);
    }

    /**
     * A message template as inline HTML: code spans holding an upper-case name are placeholders,
     * {@code <code class="ph">ADDR</code>}; nothing else is markup.
     */
    public static String message(String template) {
        return spans(template, true);
    }

    /** Paragraphs and lists as block HTML. */
    public static String block(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        StringBuilder html = new StringBuilder();
        List<String> paragraph = new ArrayList<>();
        List<String> items = new ArrayList<>();
        String listTag = null;
        for (String line : markdown.strip().split("\\R")) {
            Matcher ul = UNORDERED_ITEM.matcher(line);
            Matcher ol = ORDERED_ITEM.matcher(line);
            String tag = ul.matches() ? "ul" : ol.matches() ? "ol" : null;
            if (tag != null) {
                flushParagraph(html, paragraph);
                if (!tag.equals(listTag)) {
                    flushList(html, listTag, items);
                    listTag = tag;
                }
                items.add(tag.equals("ul") ? ul.group(1) : ol.group(1));
            } else if (line.isBlank()) {
                flushParagraph(html, paragraph);
                flushList(html, listTag, items);
                listTag = null;
            } else if (listTag != null && Character.isWhitespace(line.charAt(0)) && !items.isEmpty()) {
                items.set(items.size() - 1, items.get(items.size() - 1) + " " + line.strip());
            } else {
                flushList(html, listTag, items);
                listTag = null;
                paragraph.add(line.strip());
            }
        }
        flushParagraph(html, paragraph);
        flushList(html, listTag, items);
        return html.toString();
    }

    /**
     * A search snippet as HTML: only {@code <mark>} and {@code </mark>} survive as markup, everything else is text
     * (escaped once, whether or not the index escaped it already).
     */
    public static String highlighted(String snippet) {
        if (snippet == null) {
            return "";
        }
        StringBuilder html = new StringBuilder(snippet.length() + 16);
        Matcher m = MARK.matcher(snippet);
        int last = 0;
        while (m.find()) {
            html.append(escape(unescape(snippet.substring(last, m.start()))));
            html.append(m.group().charAt(1) == '/' ? "</mark>" : "<mark>");
            last = m.end();
        }
        html.append(escape(unescape(snippet.substring(last))));
        return html.toString();
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    private static void flushParagraph(StringBuilder html, List<String> lines) {
        if (!lines.isEmpty()) {
            html.append("<p>").append(inline(String.join(" ", lines))).append("</p>\n");
            lines.clear();
        }
    }

    private static void flushList(StringBuilder html, String tag, List<String> items) {
        if (tag != null && !items.isEmpty()) {
            html.append('<').append(tag).append(">\n");
            items.forEach(item -> html.append("<li>").append(inline(item)).append("</li>\n"));
            html.append("</").append(tag).append(">\n");
        }
        items.clear();
    }

    private static String spans(String text, boolean placeholders) {
        if (text == null) {
            return "";
        }
        StringBuilder html = new StringBuilder(text.length() + 32);
        Matcher m = CODE_SPAN.matcher(text);
        int last = 0;
        while (m.find()) {
            html.append(placeholders ? escape(text.substring(last, m.start()))
                    : emphasis(text.substring(last, m.start())));
            String code = m.group(2).strip();
            boolean placeholder = placeholders && PLACEHOLDER.matcher(code).matches();
            html.append(placeholder ? "<code class=\"ph\">" : "<code>").append(escape(code)).append("</code>");
            last = m.end();
        }
        html.append(placeholders ? escape(text.substring(last)) : emphasis(text.substring(last)));
        return html.toString();
    }

    private static String emphasis(String plain) {
        String html = escape(plain);
        html = BOLD.matcher(html).replaceAll("<strong>$1</strong>");
        return LINK.matcher(html).replaceAll("<a href=\"$2\" rel=\"nofollow\">$1</a>");
    }
}
