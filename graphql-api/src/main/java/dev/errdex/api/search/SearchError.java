package dev.errdex.api.search;

/** errdex's own error codes for search and matching in the service (ERR_ERRDEX_1100-1199). */
public enum SearchError {
    /** The index could not be built or is not part of this build. */
    INDEX_UNAVAILABLE(1101, 503, "The search index is not available: retry in a minute; if it persists, check the"
            + " readiness of errdex at /q/health/ready and its log."),
    /** The query or text is empty or too long. */
    QUERY_INVALID(1102, 400, "The search text is empty or longer than %d characters: send a few words or a pasted"
            + " message of reasonable size.");

    private final int number;
    private final int status;
    private final String text;

    SearchError(int number, int status, String text) {
        this.number = number;
        this.status = status;
        this.text = text;
    }

    public String code() {
        return "ERR_ERRDEX_" + number;
    }

    public int number() {
        return number;
    }

    public int status() {
        return status;
    }

    public String template() {
        return text;
    }

    public String message(Object... args) {
        return code() + ": " + String.format(text, args);
    }
}
