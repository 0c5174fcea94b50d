package dev.errdex.api.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Help and usage errors of every command are answered by the command line alone (plain Java, no application
 * started); a valid command is left to the started application. {@code CommandsWithoutStartingIT} proves the same on
 * the packaged jar.
 */
class CommandLineWithoutStartingTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private OptionalInt answer(String... args) {
        return ErrdexCommands.answerWithoutStarting(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpListsTheCommandsAndTheExitStatusesOnStandardOutput() {
        assertThat(answer("--help")).hasValue(ErrdexCommands.OK);
        assertThat(out()).contains("Usage: errdex", "import", "export", "keys", "triage", "Exit status:",
                "bad usage");
        assertThat(err()).isEmpty();
    }

    @Test
    void everyCommandHasItsOwnHelpInTheSameStyle() {
        for (String command : new String[] {"import", "export", "keys", "triage"}) {
            out.reset();
            assertThat(answer(command, "--help")).as(command).hasValue(ErrdexCommands.OK);
            assertThat(out()).as(command).contains("Usage: errdex " + command, "-h, --help");
        }
        out.reset();
        assertThat(answer("import", "-h")).hasValue(ErrdexCommands.OK);
        assertThat(out()).contains("--dry-run", "--overwrite", "--by=NAME", "kept (curated)");
        out.reset();
        assertThat(answer("help", "keys")).hasValue(ErrdexCommands.OK);
        assertThat(out()).contains("create", "revoke", "list");
        out.reset();
        assertThat(answer("keys", "create", "--help")).hasValue(ErrdexCommands.OK);
        assertThat(out()).contains("--role=reader|agent|editor|admin");
    }

    @Test
    void anUnknownOptionOrCommandIsAUsageErrorOnStandardError() {
        assertThat(answer("import", "x.yaml", "--dry-runn")).hasValue(ErrdexCommands.USAGE);
        assertThat(err()).contains("Unknown option: '--dry-runn'", "--dry-run",
                "Run 'errdex import --help' for usage.");
        assertThat(out()).isEmpty();
        err.reset();
        assertThat(answer("imprt", "x.yaml")).hasValue(ErrdexCommands.USAGE);
        assertThat(err()).contains("imprt");
    }

    @Test
    void aMissingArgumentIsAUsageError() {
        assertThat(answer("import")).hasValue(ErrdexCommands.USAGE);
        assertThat(err()).contains("Missing required parameter: 'PATH'");
        err.reset();
        assertThat(answer("keys", "create")).hasValue(ErrdexCommands.USAGE);
        assertThat(err()).contains("--role");
        err.reset();
        assertThat(answer("keys")).hasValue(ErrdexCommands.USAGE);
        assertThat(err()).contains("keys needs one of create, revoke, list");
        err.reset();
        assertThat(answer("triage", "--store")).hasValue(ErrdexCommands.USAGE);
        assertThat(err()).contains("PATH");
        err.reset();
        assertThat(answer("triage", "a.eml")).as("triage without --store").hasValue(ErrdexCommands.USAGE);
        assertThat(err()).contains("--store");
    }

    @Test
    void aBadValueIsAUsageError() {
        assertThat(answer("keys", "create", "--role", "wizard")).hasValue(ErrdexCommands.USAGE);
        assertThat(err()).contains("'wizard' is not reader, agent, editor or admin");
        err.reset();
        assertThat(answer("export", "xml")).hasValue(ErrdexCommands.USAGE);
        assertThat(err()).contains("xml");
    }

    @Test
    void theSpellingsTheDocsGaveStillParseAndAreLeftToTheApplication() {
        assertThat(answer("import", "../shared/datasets/ngrok-docs-errors", "--dry-run")).isEmpty();
        assertThat(answer("import", "my-catalog.yaml", "--by", "alice")).isEmpty();
        assertThat(answer("import", "--dry-run", "my-catalog.yaml")).isEmpty();
        assertThat(answer("export", "yaml", "catalog.yaml")).isEmpty();
        assertThat(answer("export", "JSON")).isEmpty();
        assertThat(answer("keys", "create", "--role", "editor", "--name", "support-bot")).isEmpty();
        assertThat(answer("keys", "list")).isEmpty();
        assertThat(answer("keys", "revoke", "k1a2b3c4d5e6")).isEmpty();
        assertThat(answer("triage", "--store", "mail/", "inbox.mbox")).isEmpty();
        assertThat(answer("triage", "mail/", "--store")).as("bin/triage passes --store where it was written")
                .isEmpty();
        assertThat(out()).isEmpty();
        assertThat(err()).isEmpty();
    }
}
