package dev.errdex.catalog.scan;

import java.util.Locale;

/** What {@code errdex scan --check} reports. */
public enum FindingKind {
    /** A code raised or defined in the source that the catalog does not hold. */
    UNDOCUMENTED("error", "A code is raised in the source but missing from the catalog; document it in the catalog."),
    /** A catalog code raised nowhere in the source. */
    DEAD("warning", "A catalog code is raised nowhere in the source; raise it, or deprecate it in the catalog."),
    /**
     * A code raised at more than one unrelated place: in different files, or in different enclosing symbols
     * (type and function) of one file. Raise sites in the same function are one place.
     */
    MULTIPLY_RAISED("error", "A code is raised at more than one unrelated place; give each place a code of its own."),
    /** A word shaped like a code of the namespace that breaks its spelling rules. */
    MALFORMED("error", "A code is not written in the catalog's canonical spelling; write it like ERR_ACME_1001.");

    private final String level;
    private final String description;

    FindingKind(String level, String description) {
        this.level = level;
        this.description = description;
    }

    /** The id used in reports and as the SARIF rule id, e.g. {@code multiply-raised}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The SARIF level: {@code error} or {@code warning}. */
    public String level() {
        return level;
    }

    /** What the finding means and what to do. */
    public String description() {
        return description;
    }
}
