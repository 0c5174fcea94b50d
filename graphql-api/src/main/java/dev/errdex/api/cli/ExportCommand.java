package dev.errdex.api.cli;

import dev.errdex.catalog.io.CatalogFormat;
import dev.errdex.catalog.service.CatalogService;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code export json|yaml [FILE]}: the whole catalog, to FILE or standard output. */
@Dependent
@Unremovable
@Command(name = "export", description = "Write the whole catalog (errdex-catalog/1) to FILE or standard output.")
public class ExportCommand implements Callable<Integer> {

    @Mixin
    ErrdexCommands.HelpOption help;

    @Parameters(index = "0", paramLabel = "json|yaml", description = "The format: ${COMPLETION-CANDIDATES}.")
    CatalogFormat format;

    @Parameters(index = "1", arity = "0..1", paramLabel = "FILE", description = "Where to write (default: standard output).")
    Path file;

    @Spec
    CommandSpec spec;

    @Inject
    CatalogService catalog;

    @Override
    public Integer call() {
        if (file == null) {
            spec.commandLine().getOut().print(catalog.export(format));
            spec.commandLine().getOut().flush();
            return ErrdexCommands.OK;
        }
        try (OutputStream o = Files.newOutputStream(file)) {
            catalog.export(format, o);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        spec.commandLine().getErr().println("exported " + catalog.count() + " codes to " + file);
        return ErrdexCommands.OK;
    }
}
