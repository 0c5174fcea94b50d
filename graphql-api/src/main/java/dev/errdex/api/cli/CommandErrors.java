package dev.errdex.api.cli;

import dev.errdex.catalog.CatalogException;

import java.io.PrintWriter;

/** Prints a command's {@link CatalogException} (its coded message) and gives the exit status the command chose. */
final class CommandErrors {

    private CommandErrors() {
    }

    /**
     * @param status {@link ErrdexCommands#USAGE} when the error is about what was asked (nothing was done),
     *               {@link ErrdexCommands#FAILED} when the work itself failed
     */
    static int report(CatalogException e, PrintWriter err, int status) {
        err.println(e.getMessage());
        err.flush();
        return status;
    }
}
