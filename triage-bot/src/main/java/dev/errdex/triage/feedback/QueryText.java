package dev.errdex.triage.feedback;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The normalised text of a search kept as a search gap: lower case, whitespace collapsed, and what may identify a
 * person or a system masked: e-mail addresses ({@code <email>}), URLs ({@code <url>}), IP addresses ({@code <ip>}) and
 * long runs of digits or hex/base64-like tokens such as auth tokens and ids ({@code <n>}, {@code <token>}).
 */
public final class QueryText {

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern URL = Pattern.compile("(?i)\\b(https?|wss?|tcp|tls)://\\S+");
    private static final Pattern IPV4 = Pattern.compile("\\b\\d{1,3}(\\.\\d{1,3}){3}(:\\d+)?\\b");
    private static final Pattern IPV6 = Pattern.compile("\\b[0-9a-f]{0,4}(:[0-9a-f]{0,4}){2,7}\\b");
    private static final Pattern TOKEN = Pattern.compile("\\b(?=[\\w-]*\\d)[\\w-]{16,}\\b");
    private static final Pattern NUMBER = Pattern.compile("\\b\\d{6,}\\b");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private QueryText() {
    }

    /** The normalised text, at most {@code max} characters (cut at a word when possible). */
    public static String normalised(String query, int max) {
        if (query == null) {
            return "";
        }
        String t = query.toLowerCase(Locale.ROOT);
        t = EMAIL.matcher(t).replaceAll("<email>");
        t = URL.matcher(t).replaceAll("<url>");
        t = IPV4.matcher(t).replaceAll("<ip>");
        t = IPV6.matcher(t).replaceAll(m -> m.group().chars().filter(c -> c == ':').count() >= 2
                && m.group().length() > 4 ? "<ip>" : m.group());
        t = TOKEN.matcher(t).replaceAll("<token>");
        t = NUMBER.matcher(t).replaceAll("<n>");
        t = SPACE.matcher(t).replaceAll(" ").strip();
        if (t.length() > max) {
            int cut = t.lastIndexOf(' ', max);
            t = t.substring(0, cut > max / 2 ? cut : max).strip();
        }
        return t;
    }
}
