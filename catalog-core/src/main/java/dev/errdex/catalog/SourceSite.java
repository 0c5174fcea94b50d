package dev.errdex.catalog;

/**
 * One place in a product's source that raises a code, as {@code errdex scan --record} found it (or a person wrote it).
 *
 * @param path   the file, relative to the repository root, slash-separated
 * @param line   the line, from 1
 * @param symbol the enclosing type and function ({@code Widgets.start}); empty at the top level
 * @param url    a web link to the line; null without a repository URL
 */
public record SourceSite(String path, int line, String symbol, String url) {

    public SourceSite {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("a source site needs a path");
        }
        symbol = symbol == null ? "" : symbol;
        url = url == null || url.isBlank() ? null : url;
    }

    /** {@code path:line}. */
    public String location() {
        return path + ":" + line;
    }
}
