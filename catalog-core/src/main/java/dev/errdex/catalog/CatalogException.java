package dev.errdex.catalog;

/**
 * A catalog operation failed for a reason the caller can fix; carries a stable {@link CatalogError} code.
 * The message reads {@code ERR_ERRDEX_1040: <detail>. <advice>}.
 */
public class CatalogException extends RuntimeException {

    private final CatalogError error;
    private final String detail;

    public CatalogException(CatalogError error, String detail) {
        this(error, detail, null);
    }

    public CatalogException(CatalogError error, String detail, Throwable cause) {
        super(error.code() + ": " + detail + ". " + error.advice(), cause);
        this.error = error;
        this.detail = detail;
    }

    public CatalogError error() {
        return error;
    }

    /** The specific part of the message (without code and advice). */
    public String detail() {
        return detail;
    }
}
