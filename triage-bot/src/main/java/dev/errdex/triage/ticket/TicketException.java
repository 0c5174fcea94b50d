package dev.errdex.triage.ticket;

import java.util.Objects;

/** A ticket operation refused with a stable {@link TicketErrorCode}; the message says what and what to do. */
public class TicketException extends RuntimeException {

    private final TicketErrorCode error;

    public TicketException(TicketErrorCode error, String detail) {
        this(error, detail, null);
    }

    public TicketException(TicketErrorCode error, String detail, Throwable cause) {
        super(error.code() + ": " + detail + ". " + error.guidance(), cause);
        this.error = Objects.requireNonNull(error);
    }

    public TicketErrorCode error() {
        return error;
    }
}
