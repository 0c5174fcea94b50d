package dev.errdex.triage.inbound.helpdesk;

/** A refused helpdesk event, with its HTTP status and errdex code; nothing was stored. */
public class HelpdeskInboundException extends RuntimeException {

    private final transient HelpdeskErrorCode error;
    private final int status;

    public HelpdeskInboundException(HelpdeskErrorCode error, int status, Object... arguments) {
        super(error.format(arguments), null, false, false);
        this.error = error;
        this.status = status;
    }

    public HelpdeskErrorCode error() {
        return error;
    }

    /** 400, 401 or 503. */
    public int status() {
        return status;
    }
}
