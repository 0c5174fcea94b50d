package dev.errdex.triage.feedback;

import java.util.Objects;

/** Feedback refused with a stable {@link FeedbackErrorCode}; the message says what and what to do. */
public class FeedbackException extends RuntimeException {

    private final FeedbackErrorCode error;

    public FeedbackException(FeedbackErrorCode error, Object... args) {
        super(error.format(args));
        this.error = Objects.requireNonNull(error);
    }

    public FeedbackErrorCode error() {
        return error;
    }
}
