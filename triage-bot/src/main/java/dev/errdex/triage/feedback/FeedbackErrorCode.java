package dev.errdex.triage.feedback;

import dev.errdex.catalog.ErrdexCode;

/**
 * Errors of what the public pages take in from readers (page feedback, search gaps), range ERR_ERRDEX_1350..1359.
 * Each has the HTTP status the pages and the API answer with.
 */
public enum FeedbackErrorCode implements ErrdexCode {

    /** The comment of an answer is longer than {@code errdex.feedback.max-comment-length}. */
    COMMENT_TOO_LONG(1350, 400, "The comment has %s characters; at most %s are kept: shorten it and send the answer"
            + " again."),

    /** The answer is neither yes nor no. */
    ANSWER_INVALID(1351, 400, "The answer must be yes or no, not '%s': choose one of the two buttons."),

    /** Feedback for a code that has no page. */
    CODE_UNKNOWN(1352, 404, "There is no page for '%s' to answer on: give feedback on the page of a code that is in"
            + " the catalog."),

    /** Too many answers from one client address. */
    TOO_MANY_ANSWERS(1353, 429, "Too many answers from your address: wait %s seconds, then send yours again."),

    /** A listing argument (page size) out of range. */
    LISTING_INVALID(1354, 400, "%s must be between 1 and %s, not %s: ask for a smaller page.");

    private final int number;
    private final int status;
    private final String template;

    FeedbackErrorCode(int number, int status, String template) {
        this.number = number;
        this.status = status;
        this.template = template;
    }

    @Override
    public int number() {
        return number;
    }

    /** The HTTP status answers carrying this error have. */
    public int status() {
        return status;
    }

    @Override
    public String template() {
        return template;
    }
}
