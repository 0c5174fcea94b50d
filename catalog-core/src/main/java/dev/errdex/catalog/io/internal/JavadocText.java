package dev.errdex.catalog.io.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the text of a Javadoc comment into Markdown: {@code <pre>} blocks become fenced code blocks, inline code
 * ({@code <code>}, {@code {@code}}, {@code {@link}}) becomes backticks, paragraphs stay paragraphs, other tags are
 * dropped and entities decoded. Block tags ({@code @param}, {@code @see}...) end the description.
 */
public final class JavadocText {

    private static final Pattern PRE = Pattern.compile("(?is)<pre>(.*?)</pre>");
    private static final Pattern INLINE_TAG = Pattern.compile("\\{@(?:code|literal|link|linkplain)\\s+([^{}]*)}");
    private static final Pattern CODE = Pattern.compile("(?is)<(?:code|tt)>(.*?)</(?:code|tt)>");

    private JavadocText() {
    }

    /** The comment's lines without the {@code /**}, {@code *}/ and leading asterisks. */
    public static String body(String comment) {
        String s = comment.strip();
        if (s.startsWith("/**")) {
            s = s.substring(3);
        }
        if (s.endsWith("*/")) {
            s = s.substring(0, s.length() - 2);
        }
        StringBuilder out = new StringBuilder();
        for (String line : s.split("\n", -1)) {
            String l = line.strip();
            if (l.startsWith("*")) {
                l = line.substring(line.indexOf('*') + 1);
                if (l.startsWith(" ")) {
                    l = l.substring(1);
                }
            } else {
                l = line.strip();
            }
            out.append(l.stripTrailing()).append('\n');
        }
        String text = out.toString();
        Matcher tag = Pattern.compile("(?m)^@\\w+").matcher(text);
        return (tag.find() ? text.substring(0, tag.start()) : text).strip();
    }

    /** The description as Markdown. */
    public static String markdown(String body) {
        StringBuilder md = new StringBuilder();
        Matcher pre = PRE.matcher(body);
        int last = 0;
        while (pre.find()) {
            md.append(prose(body.substring(last, pre.start())).strip());
            md.append("\n\n```\n").append(entities(pre.group(1)).strip()).append("\n```\n\n");
            last = pre.end();
        }
        md.append(prose(body.substring(last)).strip());
        return md.toString().replaceAll("\n{3,}", "\n\n").strip();
    }

    /** The first {@code <pre>} block, or null. */
    public static String firstExample(String body) {
        Matcher pre = PRE.matcher(body);
        return pre.find() ? entities(pre.group(1)).strip() : null;
    }

    /** The first sentence of the description, as plain text. */
    public static String firstSentence(String body) {
        String text = prose(PRE.matcher(body).replaceAll(" ")).replaceAll("`", "").replaceAll("\\s+", " ").strip();
        Matcher end = Pattern.compile("[.!?](\\s|$)").matcher(text);
        return end.find() ? text.substring(0, end.start() + 1) : text;
    }

    private static String prose(String html) {
        String s = INLINE_TAG.matcher(html).replaceAll(m -> Matcher.quoteReplacement(
                "`" + m.group(1).strip().replaceFirst("^#", "").replace('#', '.') + "`"));
        s = CODE.matcher(s).replaceAll(m -> Matcher.quoteReplacement("`" + m.group(1).strip() + "`"));
        s = s.replaceAll("(?i)<p>|</p>|<br\\s*/?>", "\n\n");
        s = s.replaceAll("<[^>]+>", "");
        s = entities(s);
        // join the lines of a paragraph
        s = s.replaceAll("(?<!\n)\n(?!\n)", " ").replaceAll("[ \t]+", " ");
        return s;
    }

    private static String entities(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&nbsp;", " ").replace("&amp;", "&");
    }
}
