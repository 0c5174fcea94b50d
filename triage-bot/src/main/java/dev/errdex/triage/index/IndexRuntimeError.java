package dev.errdex.triage.index;

import dev.errdex.catalog.ErrdexCode;

/**
 * errdex's own codes for searching and matching in the service ({@code ERR_ERRDEX_1150}-{@code 1199}; the index
 * itself uses 1100-1149, see {@code dev.errdex.search.SearchErrorCode}).
 */
public enum IndexRuntimeError implements ErrdexCode {
    /** The index could not be built or is not part of this build. */
    INDEX_NOT_READY(1150, "The search index is not available: retry in a minute; if it persists, check the"
            + " readiness of errdex at /q/health/ready and its log."),
    /** The query or text is empty or too long. */
    QUERY_INVALID(1151, "The search text is empty or longer than %d characters: send a few words or a pasted"
            + " message of reasonable size.");

    private final int number;
    private final String template;

    IndexRuntimeError(int number, String template) {
        this.number = number;
        this.template = template;
    }

    @Override
    public int number() {
        return number;
    }

    @Override
    public String template() {
        return template;
    }
}
