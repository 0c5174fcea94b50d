package dev.errdex.api.error;

/** One of errdex's own errors in the service: a stable number, the HTTP status of REST answers, a message template. */
public interface ErrdexError {

    /** The number, e.g. 1310. */
    int number();

    /** HTTP status of REST answers carrying this error. */
    int status();

    /** What the error means and what to do, with %s / %d for details. */
    String template();

    /** The stable code, e.g. {@code ERR_ERRDEX_1310}. */
    default String code() {
        return "ERR_ERRDEX_" + number();
    }

    /** The code followed by the message with its details filled in. */
    default String message(Object... args) {
        return code() + ": " + String.format(template(), args);
    }
}
