package dev.errdex.api.cli;

import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.CatalogException;
import dev.errdex.catalog.CodeNamespace;
import dev.errdex.catalog.io.CatalogFile;
import dev.errdex.catalog.io.CatalogSource;
import dev.errdex.catalog.io.ReadResult;
import dev.errdex.catalog.scan.RecordedSources;
import dev.errdex.catalog.scan.ReportFormat;
import dev.errdex.catalog.scan.ScanOptions;
import dev.errdex.catalog.scan.ScanReport;
import dev.errdex.catalog.scan.SourceScan;
import dev.errdex.catalog.service.CatalogService;
import dev.errdex.catalog.service.SourcesReport;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code scan PATH --namespace NS [--catalog FILE_OR_DIR] [--code-numbers PATTERN]... [--repo-url URL --ref REF]
 * [--format text|json|sarif] [--check] [--record [--by NAME]]}: the report of {@link SourceScan} on standard output,
 * the summary on standard error. Runs in plain Java (docs/scan.md), except with {@code --record}, which writes the
 * raise sites into the configured catalog ({@link CatalogService#recordSources}).
 */
@Dependent
@Unremovable
@Command(name = "scan", sortOptions = false,
        description = {"Find where the codes of a namespace are raised, defined, checked, commented and tested in a"
                + " source tree (Java, Kotlin, Go, TypeScript/JavaScript, Python, Rust, C#).",
                "Runs without the service or a database. The report goes to standard output, the summary to"
                        + " standard error.",
                "With --check, findings (undocumented, dead, multiply-raised, malformed) end with exit status 4.",
                "With --record (runs against the configured database) each catalog code of the namespace gets its"
                        + " raise sites as sources and its CODEOWNERS owner; sources a person pinned are kept."})
public class ScanCommand implements Callable<Integer>, PlainJavaCommand {

    @Mixin
    ErrdexCommands.HelpOption help;

    @Parameters(paramLabel = "PATH", description = "The root of the source tree.")
    Path root;

    @Option(names = "--namespace", required = true, paramLabel = "NS",
            description = "The codes' namespace, e.g. ERR_ACME (ACME reads as ERR_ACME).")
    String namespace;

    @Option(names = "--catalog", paramLabel = "FILE_OR_DIR", description = "The catalog to check against: a"
            + " .json/.yaml/.yml catalog file or a docs folder of .mdx pages (needed for undocumented and dead).")
    Path catalogSource;

    @Option(names = "--code-numbers", paramLabel = "PATTERN", description = "Files (CODEOWNERS-style pattern) whose"
            + " integer constants are code numbers, e.g. '**/api/ErrorCode.java'. Repeatable.")
    List<String> codeNumbers = List.of();

    @Option(names = "--repo-url", paramLabel = "URL", description = "Web address of the repository, for links.")
    String repoUrl;

    @Option(names = "--ref", paramLabel = "REF", description = "Branch, tag or commit for links (with --repo-url).")
    String ref;

    @Option(names = "--format", paramLabel = "text|json|sarif", defaultValue = "text",
            description = "Report format (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--check", description = "Exit with status 4 when there are findings.")
    boolean check;

    @Option(names = "--record", description = "Write the raise sites and owners into the configured catalog.")
    boolean record;

    @Option(names = "--by", paramLabel = "NAME", description = "Author in the history (default: cli:<user name>).")
    String by;

    @Spec
    CommandSpec spec;

    @Inject
    CatalogService catalog;

    @Override
    public boolean needsService() {
        return record;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ReportFormat reportFormat;
        SourceScan scan;
        try {
            reportFormat = ReportFormat.parse(format);
            scan = SourceScan.of(root, options(err));
        } catch (CatalogException e) {
            return CommandErrors.report(e, err, ErrdexCommands.USAGE);
        }
        try {
            ScanReport report = scan.run();
            PrintWriter out = spec.commandLine().getOut();
            out.print(report.toString(reportFormat));
            out.flush();
            ScanReport.Stats stats = report.stats();
            err.printf("%s: %d codes, %d raise sites, %d findings in %d source files%n", report.namespace(),
                    report.codes().size(), report.raiseSites().size(), report.findings().size(), stats.sourceFiles());
            if (record) {
                SourcesReport recorded = catalog.recordSources(report.namespace(), RecordedSources.of(report),
                        by != null ? by : "cli:" + System.getProperty("user.name", "unknown"));
                err.printf("recorded %d, unchanged %d, kept (pinned) %d, not in the catalog %d%s%n",
                        recorded.recorded().size(), recorded.unchanged().size(), recorded.pinned().size(),
                        recorded.notInCatalog().size(), recorded.notInCatalog().isEmpty() ? ""
                                : ": " + String.join(" ", recorded.notInCatalog()));
            }
            err.flush();
            return check && !report.findings().isEmpty() ? ErrdexCommands.FINDINGS : ErrdexCommands.OK;
        } catch (CatalogException e) {
            return CommandErrors.report(e, err, ErrdexCommands.FAILED);
        }
    }

    /** The scan's options from the command line; the catalog file's rejections are listed on {@code err}. */
    ScanOptions options(PrintWriter err) {
        ScanOptions options = ScanOptions.namespace(CodeNamespace.canonical(namespace));
        if (catalogSource != null) {
            ReadResult read = CatalogSource.read(catalogSource, CatalogFile.DEFAULT_MAX_BYTES);
            read.rejected().forEach(r -> err.println("  catalog: " + r));
            options = options.withCatalogEntries(read.entries());
        } else if (record) {
            String ns = options.namespace();
            options = options.withCatalog(catalog.entries().stream().map(CatalogEntry::code)
                    .filter(c -> c.startsWith(ns + "_")).toList());
        }
        if (repoUrl != null || ref != null) {
            options = options.withRepository(repoUrl, ref); // both, or ERR_ERRDEX_1072
        }
        if (!codeNumbers.isEmpty()) {
            options = options.withCodeNumbersIn(codeNumbers.toArray(String[]::new));
        }
        return options;
    }
}
