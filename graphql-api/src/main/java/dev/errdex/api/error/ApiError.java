package dev.errdex.api.error;

/**
 * errdex's own error codes for the API itself (ERR_ERRDEX_1310-1399; access errors 1301-1309 are
 * {@link dev.errdex.api.security.SecurityError}). Each message says what to do.
 */
public enum ApiError implements ErrdexError {
    /** Too many requests from one key or address. */
    RATE_LIMITED(1310, 429, "Too many requests: wait the number of seconds in Retry-After, then retry; ask an admin"
            + " for a higher errdex.api.rate-limit if your tooling needs more."),
    /** The request body is larger than the configured limit. */
    BODY_TOO_LARGE(1311, 413, "The request body is too large: send a smaller document (the limit is"
            + " errdex.webhook.max-bytes, 10 MiB by default, for every endpoint)."),
    /** The resource does not exist. */
    NOT_FOUND(1312, 404, "Nothing is at this address: check the path (see docs/api.md for the endpoints)."),
    /** The HTTP method or media type is not supported here. */
    BAD_REQUEST(1313, 400, "The request is not valid for this endpoint: %s."),
    /** The GraphQL query is too deep, too complex or too long. */
    QUERY_TOO_LARGE(1314, 400, "The GraphQL query exceeds errdex's depth, complexity or token limits: ask for fewer"
            + " nested fields or split it into several queries."),
    /** An argument of a mutation is not acceptable. */
    INVALID_INPUT(1315, 400, "The input is not valid: %s."),
    /** The GraphQL document is not valid GraphQL syntax. */
    GRAPHQL_SYNTAX(1320, 400, "The GraphQL document cannot be parsed (%s): correct its syntax (balanced braces,"
            + " quoted strings, arguments written name: value) and send it again."),
    /** The body of a GraphQL request is empty, not JSON, or has no query. */
    GRAPHQL_NO_OPERATION(1321, 400, "The request carries no GraphQL operation (%s): POST a JSON object"
            + " {\"query\": \"...\", \"variables\": {...}} to /graphql."),
    /** A GraphQL request with a media type errdex does not read. */
    GRAPHQL_MEDIA_TYPE(1322, 415, "GraphQL requests are read as Content-Type application/json (or"
            + " application/graphql for a bare query), not '%s': send the request with one of those."),
    /** Something failed inside errdex. */
    /** The GraphQL document is longer than errdex.api.max-query-length. */
    QUERY_TOO_LONG(1330, 413, "The GraphQL query text is longer than %s characters: send long texts (pasted emails,"
            + " search phrases) as variables, which this limit does not count."),
    /** A migration of the embedded database was interrupted by a crash; what it had added is dropped (log only). */
    MIGRATION_INTERRUPTED(1390, 500, "Informational: migration %s of the embedded database was interrupted when the"
            + " process ended; what it had added (%s) was dropped and the migration runs again from its start."),
    /** What an interrupted migration had added could not be dropped (start-up fails). */
    MIGRATION_UNDO_FAILED(1391, 500, "The schema objects an interrupted migration had added could not be read or"
            + " dropped (%s): restore the data directory from a backup, or drop them by hand and delete the file"
            + " errdex.migrating beside the database."),
    INTERNAL(1399, 500, "errdex failed to handle the request: retry later; if it keeps failing, report the time of"
            + " the request to the operators (details are in errdex's log, not in this answer).");

    private final int number;
    private final int status;
    private final String text;

    ApiError(int number, int status, String text) {
        this.number = number;
        this.status = status;
        this.text = text;
    }

    @Override
    public int number() {
        return number;
    }

    /** HTTP status of REST answers carrying this error. */
    @Override
    public int status() {
        return status;
    }

    /** The message template (%s for arguments). */
    @Override
    public String template() {
        return text;
    }
}
