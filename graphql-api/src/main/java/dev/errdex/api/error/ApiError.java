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
    /** A connection was asked for both its first and its last items. */
    PAGE_ARGUMENTS(1375, 400, "first (%s) and last (%s) were both given: give first (with after) to page forwards, or"
            + " last (with before) to page backwards, not both."),
    /** node or nodes was given something that is not a global id. */
    NOT_A_GLOBAL_ID(1376, 400, "'%s' is not an id errdex gave out: pass the id field of an ErrorCode, HistoryEntry or"
            + " Ticket unchanged."),
    /** nodes was given more ids than it answers at once. */
    TOO_MANY_IDS(1377, 400, "nodes takes at most %s ids, not %s: ask in several requests."),
    /** A field of a mutation's input names no error code. */
    NOT_A_CODE(1378, 400, "'%s' is not an error code: write it like ERR_ACME_12 (ERR_, a namespace, a number) or"
            + " err-acme-12."),
    /** A required field of a mutation's input is blank. */
    FIELD_BLANK(1379, 400, "%s is empty: give it a text."),
    /** Something failed inside errdex. */
    /** The GraphQL document is longer than errdex.api.max-query-length. */
    QUERY_TOO_LONG(1330, 413, "The GraphQL query text is longer than %s characters: send long texts (pasted emails,"
            + " search phrases) as variables, which this limit does not count."),
    /** errdex.pages.base-url is not an origin (scheme and host). */
    PAGES_BASE_URL_INVALID(1340, 500, "errdex.pages.base-url '%s' is not a site address: give the scheme and host"
            + " only, e.g. https://errors.example.com (no path, query or user name)."),
    /** Forwarded headers are believed from every address (logged at start). */
    PAGES_PROXY_UNTRUSTED(1341, 500, "quarkus.http.proxy.proxy-address-forwarding is on without"
            + " quarkus.http.proxy.trusted-proxies, so forwarded headers are believed from every address: list the"
            + " proxies' addresses in trusted-proxies, or set errdex.pages.base-url."),
    /** The operation's cost, counted before it runs, is over errdex.api.max-cost. */
    COST_TOO_HIGH(1360, 400, "The GraphQL operation costs %s, more than the limit of %s (errdex.api.max-cost): every"
            + " object the answer may hold counts, list fields by their first/last (else %s), nested lists"
            + " multiplying; ask for smaller pages, fewer nested related/history levels or fewer aliases."),
    /** The answer grew over errdex.api.max-response-bytes. */
    RESPONSE_TOO_LARGE(1361, 400, "The GraphQL answer is larger than %s bytes (errdex.api.max-response-bytes): ask"
            + " for smaller pages or fewer fields."),
    /** The operation ran longer than errdex.api.time-limit. */
    TIME_LIMIT(1362, 400, "The GraphQL operation ran longer than %s (errdex.api.time-limit) and was stopped: ask for"
            + " less in one operation."),
    /** An Int argument or variable is outside the 32-bit range. */
    INT_OUT_OF_RANGE(1363, 400, "The Int value %s of %s is outside -2147483648..2147483647: send a smaller number."),
    /** GraphiQL is switched off. */
    EXPLORER_OFF(1364, 404, "The GraphQL explorer is switched off on this server (errdex.api.explorer,"
            + " ERRDEX_API_EXPLORER): use the schema at /graphql/schema.graphql or ask an operator to switch it on."),
    /** Anonymous introspection while the explorer is off. */
    INTROSPECTION_OFF(1365, 403, "Introspection is open to callers with an API key while the explorer is off"
            + " (errdex.api.explorer): send Authorization: Bearer <key>, or read /graphql/schema.graphql."),
    /** variables or operationName of the wrong JSON type. */
    GRAPHQL_BAD_REQUEST_FIELD(1366, 400, "The request's %s must be %s: POST {\"query\": \"...\", \"variables\":"
            + " {...}, \"operationName\": \"...\"} to /graphql."),
    /** A persisted-query hash errdex does not know. */
    PERSISTED_QUERY_NOT_FOUND(1367, 200, "PersistedQueryNotFound: errdex does not know this sha256Hash (not sent"
            + " yet, or dropped from the bounded store): send the request again with the query text beside the hash."),
    /** A persisted query whose hash does not match its text, or an unsupported version. */
    PERSISTED_QUERY_INVALID(1368, 400, "The persisted query is not valid (%s): send version 1 with the SHA-256 of"
            + " the query text, in lower-case hex, as sha256Hash."),
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
