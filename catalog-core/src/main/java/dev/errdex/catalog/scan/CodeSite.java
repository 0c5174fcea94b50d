package dev.errdex.catalog.scan;

/**
 * One place in the source where a code of the scanned namespace appears.
 *
 * @param code     the canonical code, e.g. {@code ERR_ACME_1001}
 * @param kind     what the place does with the code
 * @param path     the file, relative to the scan root, with {@code /} separators
 * @param line     1-based line
 * @param symbol   the enclosing type and function, e.g. {@code WidgetService.start}; empty at top level
 * @param constant the constant through which the code is used or which is defined here; null for a literal
 * @param language the file's language, e.g. {@code java}
 * @param owner    the owners from CODEOWNERS (space-separated, as written there); null when none
 * @param url      a web link to the line when a repository URL was given; null otherwise
 */
public record CodeSite(String code, SiteKind kind, String path, int line, String symbol, String constant,
                       String language, String owner, String url) {

    /** {@code path:line}. */
    public String location() {
        return path + ":" + line;
    }

    /**
     * The place as the one-code-one-place promise counts it: the file and the enclosing symbol. Two raise sites are
     * related (one place) when they share both, e.g. two {@code throw}s in one method.
     */
    public String place() {
        return symbol.isEmpty() ? path : path + "#" + symbol;
    }
}
