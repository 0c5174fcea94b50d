package dev.errdex.triage.inbound.imap;

/**
 * A failure of the IMAP channel that carries an errdex error code. Connection failures raised by
 * {@link MailboxPoller#pollOnce()} are of this type; the running poller catches them and reconnects with backoff.
 */
public class MailboxException extends RuntimeException {

    private final ImapErrorCode code;

    public MailboxException(ImapErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public MailboxException(ImapErrorCode code, String message) {
        this(code, message, null);
    }

    public ImapErrorCode code() {
        return code;
    }
}
