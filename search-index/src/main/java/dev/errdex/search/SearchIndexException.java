package dev.errdex.search;

/** A failure of the search index, carrying its stable errdex code. */
public class SearchIndexException extends RuntimeException {

    private final SearchErrorCode error;

    public SearchIndexException(SearchErrorCode error, String subject, Throwable cause) {
        super(error.message(subject), cause);
        this.error = error;
    }

    public SearchIndexException(SearchErrorCode error, String subject) {
        this(error, subject, null);
    }

    /** Which error this is. */
    public SearchErrorCode error() {
        return error;
    }

    /** The stable code, e.g. {@code ERR_ERRDEX_1100}. */
    public String code() {
        return error.code();
    }
}
