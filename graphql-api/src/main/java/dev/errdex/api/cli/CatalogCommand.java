package dev.errdex.api.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.errdex.catalog.CatalogException;
import dev.errdex.catalog.io.CatalogFormat;
import dev.errdex.catalog.io.Rejection;
import dev.errdex.catalog.service.CatalogService;
import dev.errdex.catalog.service.ImportReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The catalog commands of {@code quarkus-run.jar}:
 * <pre>
 * import PATH [--dry-run] [--by NAME]   folder of .mdx pages, or a .json/.yaml/.yml catalog file; prints the report
 * export json|yaml [FILE]               the whole catalog, to FILE or standard output
 * </pre>
 * Exit status: 0 done, 1 failed (nothing changed), 2 done but some pages or entries were rejected, 64 bad usage.
 */
@ApplicationScoped
public class CatalogCommand {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int SOME_REJECTED = 2;
    static final int USAGE = 64;

    private static final String HELP = """
            usage: java -jar quarkus-run.jar                       run the service
                   java -jar quarkus-run.jar import PATH [--dry-run] [--by NAME]
                   java -jar quarkus-run.jar export json|yaml [FILE]
                   java -jar quarkus-run.jar triage --store PATH...
            """ + KeysCommand.HELP;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Inject
    CatalogService catalog;

    @Inject
    KeysCommand keys;

    /** Runs one command; messages go to {@code err}, results to {@code out}. */
    public int execute(String[] args, PrintStream out, PrintStream err) {
        List<String> rest = new ArrayList<>(Arrays.asList(args).subList(1, args.length));
        try {
            return switch (args[0]) {
                case "import" -> importCatalog(rest, out, err);
                case "export" -> export(rest, out, err);
                case "keys" -> keys.execute(rest, out, err);
                case "help", "--help", "-h" -> {
                    out.print(HELP);
                    yield OK;
                }
                default -> usage(err, "unknown command '" + args[0] + "'");
            };
        } catch (CatalogException e) {
            err.println(e.getMessage());
            return FAILED;
        }
    }

    private int importCatalog(List<String> args, PrintStream out, PrintStream err) {
        boolean dryRun = args.remove("--dry-run");
        String by = "cli:" + System.getProperty("user.name", "unknown");
        int at = args.indexOf("--by");
        if (at >= 0) {
            if (at + 1 >= args.size()) {
                return usage(err, "--by needs a name");
            }
            by = args.remove(at + 1);
            args.remove(at);
        }
        if (args.size() != 1) {
            return usage(err, "import takes one PATH");
        }
        ImportReport report = catalog.importFrom(Path.of(args.get(0)), dryRun, by);
        out.println(toJson(report));
        err.printf("%s%d added, %d changed, %d unchanged, %d rejected%n", dryRun ? "dry run: " : "",
                report.added().size(), report.changed().size(), report.unchanged().size(), report.rejected().size());
        report.rejected().forEach(r -> err.println("  " + r));
        return report.rejected().isEmpty() ? OK : SOME_REJECTED;
    }

    private int export(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.size() > 2) {
            return usage(err, "export takes a format and an optional FILE");
        }
        Optional<CatalogFormat> format = Arrays.stream(CatalogFormat.values())
                .filter(f -> f.name().equalsIgnoreCase(args.get(0).strip())).findFirst();
        if (format.isEmpty()) {
            return usage(err, "format '" + args.get(0) + "' is not json or yaml");
        }
        if (args.size() == 1) {
            catalog.export(format.get(), out);
            out.flush();
            return OK;
        }
        Path file = Path.of(args.get(1));
        try (OutputStream o = Files.newOutputStream(file)) {
            catalog.export(format.get(), o);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        err.println("exported " + catalog.count() + " codes to " + file);
        return OK;
    }

    private static int usage(PrintStream err, String problem) {
        err.println(problem);
        err.print(HELP);
        return USAGE;
    }

    private static String toJson(ImportReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("dryRun", report.dryRun());
        root.set("added", JSON.valueToTree(report.added()));
        root.set("changed", JSON.valueToTree(report.changed()));
        root.set("unchanged", JSON.valueToTree(report.unchanged()));
        ArrayNode rejected = root.putArray("rejected");
        for (Rejection r : report.rejected()) {
            rejected.addObject().put("file", r.file()).put("line", r.line()).put("code", r.code())
                    .put("reason", r.reason());
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
