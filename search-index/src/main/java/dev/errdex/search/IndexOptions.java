package dev.errdex.search;

/**
 * How a {@link LuceneCatalogIndex} is built.
 *
 * @param semantic also match by meaning: every catalog sentence and every passage of a support text gets a
 *                 sentence embedding (all-MiniLM-L6-v2, in-process), and vector similarity is fused with the word
 *                 scores. Costs start-up time (the model loads and embeds the catalog) and some milliseconds per
 *                 match; see docs/benchmarks.md for what it buys.
 */
public record IndexOptions(boolean semantic) {

    /** The defaults: see docs/search.md for why. */
    public static IndexOptions defaults() {
        return new IndexOptions(false);
    }

    /** These options with semantic matching switched on or off. */
    public IndexOptions withSemantic(boolean on) {
        return new IndexOptions(on);
    }
}
