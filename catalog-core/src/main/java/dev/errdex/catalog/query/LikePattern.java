package dev.errdex.catalog.query;

import java.util.Locale;

/** SQL {@code LIKE} patterns for case-insensitive "contains" filters, used with {@code lower(column) like :p escape '\'}. */
public final class LikePattern {

    private LikePattern() {
    }

    /**
     * {@code %text%} for {@code text} stripped and lower-cased, with {@code \}, {@code %} and {@code _} escaped so that
     * they match themselves.
     */
    public static String containing(String text) {
        return "%" + escaped(text) + "%";
    }

    /**
     * {@code % word %}: matches a space-separated list (padded with one space on each side, lower-cased) that holds
     * {@code word} (stripped, lower-cased, escaped as in {@link #containing}) as one of its items.
     */
    public static String item(String word) {
        return "% " + escaped(word) + " %";
    }

    private static String escaped(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_");
    }
}
