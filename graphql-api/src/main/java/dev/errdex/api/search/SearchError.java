package dev.errdex.api.search;

/**
 * errdex's own error codes for search and matching in the service (ERR_ERRDEX_1150-1199; the index itself uses
 * 1100-1149, see {@link dev.errdex.search.SearchErrorCode}).
 */
public enum SearchError implements dev.errdex.api.error.ErrdexError {
    /** The index could not be built or is not part of this build. */
    INDEX_NOT_READY(1150, 503, "The search index is not available: retry in a minute; if it persists, check the"
            + " readiness of errdex at /q/health/ready and its log."),
    /** The query or text is empty or too long. */
    QUERY_INVALID(1151, 400, "The search text is empty or longer than %d characters: send a few words or a pasted"
            + " message of reasonable size.");

    private final int number;
    private final int status;
    private final String text;

    SearchError(int number, int status, String text) {
        this.number = number;
        this.status = status;
        this.text = text;
    }

    @Override
    public int number() {
        return number;
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String template() {
        return text;
    }
}
