package dev.errdex.api.ticket;

import dev.errdex.triage.ticket.TicketErrorCode;

/**
 * A refused ticket operation as GraphQL shows it: a checked exception, so that its message (code, what, what to
 * do) reaches the client; the API's one error extension adds its {@code code}.
 */
public class TicketProblem extends Exception {

    private final String code;

    TicketProblem(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    TicketProblem(TicketErrorCode error, String message) {
        this(error.code(), message, null);
    }

    /** The errdex code, e.g. {@code ERR_ERRDEX_1400}. */
    public String code() {
        return code;
    }
}
