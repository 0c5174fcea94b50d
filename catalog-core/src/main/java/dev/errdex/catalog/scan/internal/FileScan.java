package dev.errdex.catalog.scan.internal;

import dev.errdex.catalog.scan.SiteKind;

import java.util.List;
import java.util.Set;

/** What the scanner found in one file. */
public record FileScan(String path, Language language, boolean test, List<Hit> hits, List<Constant> constants,
                       List<Malformed> malformed) {

    /** A code at a line: a literal, or a use or definition of a constant. */
    public record Hit(String code, SiteKind kind, int line, String symbol, String constant) {
    }

    /**
     * A constant bound to a code outside any function.
     *
     * @param qualifiers the names a use may put before it ({@code ErrorCode.X}): enclosing types, file stem, package
     */
    public record Constant(String name, String code, Set<String> qualifiers, String path, int line) {
    }

    /** A code-shaped word that breaks the namespace's spelling rules. */
    public record Malformed(String written, String reason, int line, String symbol) {
    }
}
