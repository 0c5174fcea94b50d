package dev.errdex.triage.index;

import java.util.Objects;

/** A search or match refused with a stable {@link IndexRuntimeError}; the message says what to do. */
public class SearchRefusedException extends RuntimeException {

    private final IndexRuntimeError error;

    public SearchRefusedException(IndexRuntimeError error, Object... args) {
        super(error.format(args));
        this.error = Objects.requireNonNull(error);
    }

    public IndexRuntimeError error() {
        return error;
    }

    /** The stable code, e.g. {@code ERR_ERRDEX_1151}. */
    public String code() {
        return error.code();
    }
}
