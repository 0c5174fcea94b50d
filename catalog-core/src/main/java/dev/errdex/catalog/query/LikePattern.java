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
        String escaped = text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
