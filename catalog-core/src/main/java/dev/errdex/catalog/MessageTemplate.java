package dev.errdex.catalog;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Facts read from a message template: its placeholders (upper-case names in backticks, such as {@code `ADDR`}) and
 * a short title (its first sentence).
 */
public final class MessageTemplate {

    /** Longest derived title; longer first sentences are cut at a word boundary and end with an ellipsis. */
    public static final int MAX_TITLE_LENGTH = 90;

    /** A placeholder's name: an upper-case identifier such as {@code ADDR} or {@code TLS_VERSION}. */
    private static final String NAME = "[A-Z][A-Z0-9_]*";
    private static final Pattern PLACEHOLDER_NAME = Pattern.compile(NAME);
    /** {@code `NAME`} or {@code ``NAME``}: one or two backticks around a placeholder name. */
    private static final Pattern PLACEHOLDER = Pattern.compile("(`{1,2})(" + NAME + ")\\1");

    private MessageTemplate() {
    }

    /** Whether {@code text} (the content of a code span) has the form of a placeholder name. */
    public static boolean isPlaceholderName(String text) {
        return text != null && PLACEHOLDER_NAME.matcher(text).matches();
    }

    /** The placeholder names of {@code message}, in order of first appearance, without duplicates. */
    public static List<String> placeholders(String message) {
        if (message == null) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(message);
        while (m.find()) {
            names.add(m.group(2));
        }
        return List.copyOf(names);
    }

    /**
     * A title made from the first sentence of {@code message}: trailing punctuation removed, first letter upper-case,
     * at most {@value #MAX_TITLE_LENGTH} characters.
     *
     * @return the title, or null when the first sentence holds no word outside placeholders (e.g. {@code `DETAIL`})
     */
    public static String title(String message) {
        if (message == null) {
            return null;
        }
        String sentence = firstSentence(message.strip());
        sentence = sentence.replaceAll("\\s+", " ").strip();
        sentence = sentence.replaceAll("[\\s.:;,!]+$", "");
        if (PLACEHOLDER.matcher(sentence).replaceAll("").replaceAll("[^\\p{L}]", "").isEmpty()) {
            return null;
        }
        if (sentence.length() > MAX_TITLE_LENGTH) {
            int cut = sentence.lastIndexOf(' ', MAX_TITLE_LENGTH - 1);
            sentence = sentence.substring(0, cut > 0 ? cut : MAX_TITLE_LENGTH - 1).replaceAll("[\\s.:;,]+$", "") + "…";
        }
        if (Character.isLowerCase(sentence.charAt(0))) {
            sentence = Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
        }
        return sentence;
    }

    /** Text up to the first sentence end ({@code . ! ?} followed by white space) or line break, outside backticks. */
    private static String firstSentence(String text) {
        boolean inCode = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '`') {
                inCode = !inCode;
            } else if (c == '\n') {
                return text.substring(0, i);
            } else if (!inCode && (c == '.' || c == '!' || c == '?')
                    && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                return text.substring(0, i + 1);
            }
        }
        return text;
    }
}
