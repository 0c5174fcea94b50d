package dev.errdex.api.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.errdex.catalog.io.JavaConstantsReader;
import dev.errdex.catalog.io.Rejection;
import dev.errdex.catalog.service.CatalogService;
import dev.errdex.catalog.service.ImportReport;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code import PATH [--dry-run] [--overwrite] [--by NAME] [--java-constants --namespace NS [--messages PROPS]]}:
 * prints the report as JSON on standard output.
 */
@Dependent
@Unremovable
@Command(name = "import", sortOptions = false,
        description = {"Import a docs folder of .mdx pages or a .json/.yaml/.yml catalog file (errdex-catalog/1).",
                "New codes are added; the source's fields (message, placeholders, docs URL...) are updated.",
                "Curated fields (title, fix guide, symptoms) are kept unless --overwrite is given;",
                "the report lists each kept field as \"kept (curated)\" with the stored and the source value.",
                "With --java-constants, PATH is a Java file of documented error-code constants (such as H2's"
                        + " org/h2/api/ErrorCode.java), imported into --namespace."})
public class ImportCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Mixin
    ErrdexCommands.HelpOption help;

    @Parameters(paramLabel = "PATH", description = "The docs folder or catalog file.")
    Path source;

    @Option(names = "--dry-run", description = "Report what would change; write nothing.")
    boolean dryRun;

    @Option(names = "--overwrite", description = "Replace curated fields (title, fix guide, symptoms) too.")
    boolean overwrite;

    @Option(names = "--by", paramLabel = "NAME", description = "Author in the history (default: cli:<user name>).")
    String by;

    @Option(names = "--java-constants", description = "PATH is a Java source file declaring error codes as"
            + " documented int/String constants (needs --namespace).")
    boolean javaConstants;

    @Option(names = "--namespace", paramLabel = "NS", description = "With --java-constants: the codes' namespace"
            + " (H2 reads as ERR_H2).")
    String namespace;

    @Option(names = "--messages", paramLabel = "PROPS", description = "With --java-constants: the product's message"
            + " bundle (.properties), by code value or constant name.")
    Path messages;

    @Spec
    CommandSpec spec;

    @Inject
    CatalogService catalog;

    @Override
    public Integer call() throws Exception {
        String author = by != null ? by : "cli:" + System.getProperty("user.name", "unknown");
        if (javaConstants != (namespace != null) || (messages != null && !javaConstants)) {
            spec.commandLine().getErr().println("--java-constants and --namespace go together (--messages with them)");
            return ErrdexCommands.USAGE;
        }
        ImportReport report;
        if (javaConstants) {
            JavaConstantsReader reader = JavaConstantsReader.namespace(namespace);
            reader = messages == null ? reader : reader.withMessages(messages);
            report = catalog.importEntries(reader.read(source), dryRun, overwrite, author);
        } else {
            report = catalog.importFrom(source, dryRun, overwrite, author);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(JSON.writeValueAsString(toJson(report)));
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        err.printf("%s%d added, %d changed, %d unchanged, %d kept (curated), %d rejected%n", dryRun ? "dry run: " : "",
                report.added().size(), report.changed().size(), report.unchanged().size(), report.kept().size(),
                report.rejected().size());
        if (dryRun) {
            report.kept().forEach(k -> k.fields().forEach(f -> err.printf("  kept (curated) %s %s: %s%n"
                    + "      source: %s%n", k.code(), f.field(), f.kept(), f.incoming())));
        }
        report.rejected().forEach(r -> err.println("  " + r));
        err.flush();
        return report.rejected().isEmpty() ? ErrdexCommands.OK : ErrdexCommands.SOME_REJECTED;
    }

    private static ObjectNode toJson(ImportReport report) {
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
        root.set("kept", JSON.valueToTree(report.kept()));
        return root;
    }
}
