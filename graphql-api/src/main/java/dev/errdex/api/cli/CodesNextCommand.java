package dev.errdex.api.cli;

import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.CatalogException;
import dev.errdex.catalog.CodeNamespace;
import dev.errdex.catalog.io.CatalogFile;
import dev.errdex.catalog.io.CatalogSource;
import dev.errdex.catalog.scan.CodeAreas;
import dev.errdex.catalog.service.CatalogService;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code codes next --namespace NS [--area NAME] [--areas FILE] [--catalog FILE_OR_DIR]}: prints the next free code
 * on standard output and the taken ranges on standard error. With {@code --catalog} it runs in plain Java; without,
 * it reads the configured database's catalog.
 */
@Dependent
@Unremovable
@Command(name = "next", sortOptions = false,
        description = {"Propose the next free code of a namespace (or of one area's number range) and list the"
                + " taken ranges.",
                "Areas are read from --areas, else from errdex-areas.properties in the working folder."})
public class CodesNextCommand implements Callable<Integer>, PlainJavaCommand {

    @Mixin
    ErrdexCommands.HelpOption help;

    @Option(names = "--namespace", required = true, paramLabel = "NS", description = "e.g. ERR_ACME (or ACME).")
    String namespace;

    @Option(names = "--area", paramLabel = "NAME", description = "An area of the areas file.")
    String area;

    @Option(names = "--areas", paramLabel = "FILE", description = "The areas file (name = FIRST-LAST a line).")
    Path areasFile;

    @Option(names = "--catalog", paramLabel = "FILE_OR_DIR", description = "Take the codes in use from this"
            + " catalog file or docs folder instead of the database (then no service is started).")
    Path catalogSource;

    @Spec
    CommandSpec spec;

    @Inject
    CatalogService catalog;

    @Override
    public boolean needsService() {
        return catalogSource == null;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String ns;
        List<String> inUse;
        CodeAreas areas;
        try {
            ns = CodeNamespace.canonical(namespace);
            inUse = catalogSource != null
                    ? CatalogSource.read(catalogSource, CatalogFile.DEFAULT_MAX_BYTES).catalogEntries().stream()
                            .map(CatalogEntry::code).toList()
                    : catalog.entries().stream().map(CatalogEntry::code).toList();
            areas = areasFile == null ? CodeAreas.find(Path.of("")) : CodeAreas.read(areasFile);
            areas.next(ns, area, List.of()); // an unknown area is bad usage (1065); with nothing taken, none is full
        } catch (CatalogException e) {
            return CommandErrors.report(e, err, ErrdexCommands.USAGE);
        }
        try {
            CodeAreas.NextCode next = areas.next(ns, area, inUse);
            spec.commandLine().getOut().println(next.code());
            spec.commandLine().getOut().flush();
            err.println("taken" + next.area().map(a -> " in " + a).orElse("") + ": "
                    + (next.taken().isEmpty() ? "none" : String.join(", ", next.taken().stream()
                            .map(Object::toString).toList())));
            next.areas().forEach(u -> err.printf("  %s: %d of %d taken%n", u.area(), u.taken(),
                    u.area().last() - u.area().first() + 1));
            err.flush();
            return ErrdexCommands.OK;
        } catch (CatalogException e) {
            return CommandErrors.report(e, err, ErrdexCommands.FAILED); // the area is full (ERR_ERRDEX_1066)
        }
    }

}
