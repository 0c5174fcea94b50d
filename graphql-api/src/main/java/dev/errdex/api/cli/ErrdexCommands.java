package dev.errdex.api.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.ParameterException;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;

/**
 * The command line of {@code quarkus-run.jar} (picocli): without a command the service runs; {@code import},
 * {@code export}, {@code keys}, {@code triage --store}, {@code scan --record} and {@code codes next} without
 * {@code --catalog} run against the configured database and exit.
 * {@link #answerWithoutStarting} answers help and usage errors, and runs the {@link PlainJavaCommand}s that need no
 * database ({@code scan}, {@code codes next --catalog}), before Quarkus (datasource, Flyway, index) starts.
 * Exit status: {@value #OK} done, {@value #FAILED} failed, {@value #USAGE} bad usage (nothing was done),
 * {@value #SOME_REJECTED} done, but some pages, entries or emails were rejected, {@value #FINDINGS} done, but
 * {@code scan --check} found findings.
 */
@Command(name = "errdex", sortOptions = false, usageHelpAutoWidth = true,
        description = {"errdex: error-code catalog and support triage. Without a COMMAND the service runs.",
                "Run as: java -jar graphql-api/target/quarkus-app/quarkus-run.jar [COMMAND]"},
        subcommands = {ImportCommand.class, ExportCommand.class, KeysCommand.class, TriageStoreCommand.class,
                ScanCommand.class, CodesCommand.class, HelpCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:done", "1:failed (an import changed nothing)", "2:bad usage (nothing was done)",
                "3:done, but some pages, entries or emails were rejected (listed)",
                "4:done, but scan --check found findings (listed)"})
public class ErrdexCommands {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int SOME_REJECTED = 3;
    public static final int FINDINGS = 4;

    @CommandLine.Mixin
    HelpOption help;

    /** The command line with commands made by {@code factory}, printing to {@code out} and {@code err}. */
    static CommandLine commandLine(IFactory factory, PrintStream out, PrintStream err) {
        CommandLine line = new CommandLine(ErrdexCommands.class, factory);
        line.setCaseInsensitiveEnumValuesAllowed(true);
        line.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        line.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        line.setParameterExceptionHandler((e, args) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println(e.getMessage());
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, cmd.getErr())) {
                cmd.usage(cmd.getErr());
            }
            cmd.getErr().println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
            return USAGE;
        });
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println(e.getMessage());
            return FAILED;
        });
        return line;
    }

    /**
     * Answers a command line that needs no database: help ({@code --help}, {@code -h}, {@code help [COMMAND]}) with
     * {@value #OK}, a usage error (unknown command or option, missing or bad argument) with {@value #USAGE}, and a
     * {@link PlainJavaCommand} that needs no service with its own status (it runs here, in plain Java).
     *
     * @return the exit status when answered; empty when the command must run in the started application
     */
    public static OptionalInt answerWithoutStarting(String[] args, PrintStream out, PrintStream err) {
        CommandLine line = commandLine(CommandLine.defaultFactory(), out, err);
        try {
            CommandLine.ParseResult parsed = line.parseArgs(args);
            if (CommandLine.printHelpIfRequested(parsed)) {
                return OptionalInt.of(OK);
            }
            if (!parsed.hasSubcommand()) {
                line.usage(line.getOut());
                return OptionalInt.of(OK);
            }
            CommandLine.ParseResult last = parsed;
            while (last.hasSubcommand()) {
                last = last.subcommand();
            }
            if (!last.commandSpec().subcommands().isEmpty()) { // "keys" alone
                throw new ParameterException(last.commandSpec().commandLine(), last.commandSpec().name()
                        + " needs one of " + String.join(", ", last.commandSpec().subcommands().keySet()));
            }
            if (last.commandSpec().userObject() instanceof PlainJavaCommand plain && !plain.needsService()) {
                return OptionalInt.of(line.execute(args));
            }
            return OptionalInt.empty();
        } catch (ParameterException e) {
            try {
                return OptionalInt.of(line.getParameterExceptionHandler().handleParseException(e, args));
            } catch (Exception unexpected) {
                throw new IllegalStateException(unexpected);
            }
        } finally {
            line.getOut().flush();
            line.getErr().flush();
        }
    }

    /** {@code -h}, {@code --help} on every command. */
    static class HelpOption {
        @CommandLine.Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
        boolean help;
    }
}
