package dev.errdex.search;

/**
 * A search result for people.
 *
 * @param code     canonical code
 * @param title    the entry's title
 * @param category the entry's category (for grouping)
 * @param score    relevance, higher is better (not calibrated)
 * @param snippet  the best matching passage, matched words wrapped in {@code <mark>}...{@code </mark>}, the rest
 *                 HTML-escaped
 */
public record SearchHit(String code, String title, String category, double score, String snippet) {
}
