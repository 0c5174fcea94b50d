package dev.errdex.api.cli;

import dev.errdex.catalog.CatalogError;
import dev.errdex.catalog.CatalogException;

import java.io.PrintWriter;
import java.util.Set;

/** The exit status of a command that failed with a {@link CatalogException}, after printing its message. */
final class CommandErrors {

    /** Failures of the work itself; every other catalog error is about what was asked (nothing was done). */
    private static final Set<CatalogError> FAILED = Set.of(CatalogError.SCAN_FAILED, CatalogError.AREA_FULL,
            CatalogError.IMPORT_FAILED);

    private CommandErrors() {
    }

    /** Prints the coded message on {@code err}; {@link ErrdexCommands#FAILED} or {@link ErrdexCommands#USAGE}. */
    static int report(CatalogException e, PrintWriter err) {
        err.println(e.getMessage());
        err.flush();
        return FAILED.contains(e.error()) ? ErrdexCommands.FAILED : ErrdexCommands.USAGE;
    }
}
