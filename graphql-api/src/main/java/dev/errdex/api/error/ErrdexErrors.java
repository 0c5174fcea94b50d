package dev.errdex.api.error;

import dev.errdex.api.security.SecurityError;
import dev.errdex.catalog.CatalogException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Which errdex error an exception stands for: its stable code, HTTP status and the message shown to the caller.
 * Exceptions errdex does not know become {@link ApiError#INTERNAL} with a fixed message; no exception text leaks.
 */
public final class ErrdexErrors {

    private ErrdexErrors() {
    }

    /**
     * An error as the caller sees it.
     *
     * @param code    ERR_ERRDEX_nnnn
     * @param status  HTTP status
     * @param message starts with the code, says what to do
     */
    public record Described(String code, int status, String message) {

        /** The message without its leading code. */
        public String detail() {
            return message.startsWith(code + ": ") ? message.substring(code.length() + 2) : message;
        }
    }

    /** Describes an exception; {@code anonymous} tells a forbidden anonymous caller to send a key. */
    public static Described describe(Throwable e, boolean anonymous) {
        Throwable t = unwrap(e);
        if (t instanceof ErrdexException x) {
            return new Described(x.code(), x.status(), x.getMessage());
        }
        if (t instanceof CatalogException x) {
            int status = switch (x.error()) {
                case UNKNOWN_CODE -> 404;
                case IMPORT_FAILED -> 500;
                default -> 400;
            };
            return new Described(x.error().code(), status, x.getMessage());
        }
        if (t instanceof dev.errdex.search.SearchIndexException x) {
            return new Described(x.code(), x.error() == dev.errdex.search.SearchErrorCode.UNKNOWN_CODE ? 404 : 503,
                    x.getMessage());
        }
        if (t instanceof dev.errdex.triage.index.SearchRefusedException x) {
            return new Described(x.code(), x.error() == dev.errdex.triage.index.IndexRuntimeError.QUERY_INVALID ? 400
                    : 503, x.getMessage());
        }
        if (t instanceof dev.errdex.triage.mail.MailRejectedException x) {
            return new Described(x.code(), 400, x.getMessage());
        }
        if (t instanceof dev.errdex.api.ticket.TicketProblem x) {
            return new Described(x.code(), 400, x.getMessage());
        }
        if (t instanceof AuthenticationFailedException) {
            return security(401, SecurityError.KEY_INVALID);
        }
        if (t instanceof UnauthorizedException) {
            return security(401, SecurityError.KEY_MISSING);
        }
        if (t instanceof ForbiddenException) {
            return anonymous ? security(401, SecurityError.KEY_MISSING) : security(403, SecurityError.ROLE_FORBIDDEN);
        }
        return new Described(ApiError.INTERNAL.code(), 500, ApiError.INTERNAL.message());
    }

    /** True when errdex knows the exception (its message is safe to show). */
    public static boolean known(Throwable e) {
        return !describe(e, false).code().equals(ApiError.INTERNAL.code());
    }

    private static Described security(int status, SecurityError error) {
        return new Described(error.code(), status, error.message());
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        for (int i = 0; i < 10 && t != null; i++) {
            if (t instanceof ErrdexException || t instanceof CatalogException
                    || t instanceof dev.errdex.triage.mail.MailRejectedException
                    || t instanceof dev.errdex.search.SearchIndexException
                    || t instanceof dev.errdex.triage.index.SearchRefusedException
                    || t instanceof dev.errdex.api.ticket.TicketProblem
                    || t instanceof io.quarkus.security.AuthenticationException || t instanceof SecurityException) {
                return t;
            }
            t = t.getCause();
        }
        return e;
    }
}
