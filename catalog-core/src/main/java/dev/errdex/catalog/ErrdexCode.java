package dev.errdex.catalog;

/**
 * One of errdex's own errors: a stable number in the {@code ERR_ERRDEX} namespace and a message template that says
 * what happened and what to do. Each module lists its errors in one enum implementing this interface.
 */
public interface ErrdexCode {

    /** The number part, e.g. 1281. */
    int number();

    /** What the error means and what to do, with {@link String#format} placeholders for details. */
    String template();

    /** The stable code, e.g. {@code ERR_ERRDEX_1281}. */
    default String code() {
        return "ERR_ERRDEX_" + number();
    }

    /** The code followed by the message with its details filled in. */
    default String format(Object... args) {
        return code() + ": " + String.format(template(), args);
    }
}
