package dev.errdex.catalog.io;

import dev.errdex.catalog.CatalogError;

/**
 * A page, file or entry that could not be imported.
 *
 * @param file   the file name (relative to the imported folder, or the file itself)
 * @param line   1-based line where the problem was found
 * @param error  the stable error code
 * @param reason what is wrong, for a human
 */
public record Rejection(String file, int line, CatalogError error, String reason) {

    /** The stable code, e.g. {@code ERR_ERRDEX_1004}. */
    public String code() {
        return error.code();
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + error.code() + " " + reason;
    }
}
