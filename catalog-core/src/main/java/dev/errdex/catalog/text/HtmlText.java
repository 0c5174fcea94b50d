package dev.errdex.catalog.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The one HTML escaper of errdex: text made safe for element content and quoted attribute values. */
public final class HtmlText {

    private static final Pattern MARK = Pattern.compile("</?mark>");

    private HtmlText() {
    }

    /** {@code text} with {@code & < > " '} escaped; the empty string for null. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        escape(text, 0, text.length(), out);
        return out.toString();
    }

    /** Appends {@code text[from, to)} to {@code out} with {@code & < > " '} escaped. */
    public static void escape(CharSequence text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
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
    }

    /**
     * A search snippet as HTML: only {@code <mark>} and {@code </mark>} survive as markup, everything else is text
     * (escaped once, whether or not the index escaped it already).
     */
    public static String marked(String snippet) {
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
}
