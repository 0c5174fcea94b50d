package dev.errdex.triage.mail;

import dev.errdex.triage.TriageErrorCode;

import java.util.Objects;

/**
 * The message was refused instead of read: it is over one of the {@link MailLimits}, empty, or not an email.
 * Carries a stable {@link TriageErrorCode} and the specific reason.
 */
public class MailRejectedException extends RuntimeException {

    private final TriageErrorCode errorCode;
    private final String reason;

    public MailRejectedException(TriageErrorCode errorCode, String reason) {
        this(errorCode, reason, null);
    }

    public MailRejectedException(TriageErrorCode errorCode, String reason, Throwable cause) {
        super(errorCode.code() + ": " + reason + ". " + errorCode.guidance(), cause);
        this.errorCode = Objects.requireNonNull(errorCode);
        this.reason = Objects.requireNonNull(reason);
    }

    /** The registry entry, e.g. {@link TriageErrorCode#MESSAGE_TOO_LARGE}. */
    public TriageErrorCode errorCode() {
        return errorCode;
    }

    /** The stable code string, e.g. {@code ERR_ERRDEX_1201}. */
    public String code() {
        return errorCode.code();
    }

    /** The specific reason, e.g. "message is 12582912 bytes, limit 10485760". */
    public String reason() {
        return reason;
    }
}
