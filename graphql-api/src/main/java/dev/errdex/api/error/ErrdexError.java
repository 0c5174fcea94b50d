package dev.errdex.api.error;

import dev.errdex.catalog.ErrdexCode;

/** One of errdex's own errors in the service: an {@link ErrdexCode} with the HTTP status of REST answers. */
public interface ErrdexError extends ErrdexCode {

    /** HTTP status of REST answers carrying this error. */
    int status();

    /** The code followed by the message with its details filled in (same as {@link #format}). */
    default String message(Object... args) {
        return format(args);
    }
}
