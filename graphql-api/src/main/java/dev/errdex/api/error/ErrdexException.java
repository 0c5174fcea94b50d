package dev.errdex.api.error;

/**
 * A request failed for a reason the caller can act on; carries errdex's stable code and the HTTP status REST answers
 * with. The message reads {@code ERR_ERRDEX_nnnn: <what to do>} and never holds internal detail.
 */
public class ErrdexException extends RuntimeException {

    private final String code;
    private final int status;

    public ErrdexException(String code, int status, String message) {
        super(message);
        this.code = code;
        this.status = status;
    }

    public ErrdexException(ErrdexError error, Object... args) {
        this(error.code(), error.status(), error.message(args));
    }

    /** The stable code, e.g. {@code ERR_ERRDEX_1310}. */
    public String code() {
        return code;
    }

    /** The HTTP status for REST answers. */
    public int status() {
        return status;
    }
}
