package dev.errdex.api.process;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar answers help and usage errors without starting the application: no data directory is created
 * and nothing of Quarkus, Flyway, seeding or the index logs a line. Times are printed, not asserted.
 */
@Tag("database-free") // the same on every database: not re-run by the PostgreSQL build
class CommandsWithoutStartingIT {

    @TempDir
    Path home;

    private record Run(int status, String out, String err) {
    }

    private Run run(String... args) throws Exception {
        Path jar = Path.of(System.getProperty("errdex-test.service-jar", "target/quarkus-app/quarkus-run.jar"));
        assertThat(jar).as("*IT tests run after package").isRegularFile();
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("ERRDEX_DATA_DIR", home.resolve("data").toString());
        Path out = home.resolve("out.txt");
        Path err = home.resolve("err.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        long started = System.nanoTime();
        Process p = pb.start();
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).as("finished").isTrue();
        System.out.printf("%s answered in %d ms%n", String.join(" ", args), (System.nanoTime() - started) / 1_000_000);
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void helpOfTheJarAndOfACommandAnswersWithoutCreatingTheDatabase() throws Exception {
        Run help = run("--help");
        Run importHelp = run("import", "--help");

        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("Usage: errdex", "Exit status:");
        assertThat(importHelp.status()).isZero();
        assertThat(importHelp.out()).contains("Usage: errdex import", "--overwrite");
        assertNothingStarted(help);
        assertNothingStarted(importHelp);
    }

    @Test
    void usageErrorsExitWithTwoWithoutCreatingTheDatabase() throws Exception {
        Run unknownOption = run("import", "catalog.yaml", "--no-such-option");
        Run missingArgument = run("import");

        assertThat(unknownOption.status()).isEqualTo(2);
        assertThat(unknownOption.err()).contains("Unknown option: '--no-such-option'");
        assertThat(missingArgument.status()).isEqualTo(2);
        assertThat(missingArgument.err()).contains("Missing required parameter: 'PATH'");
        assertNothingStarted(unknownOption);
        assertNothingStarted(missingArgument);
    }

    /** {@code scan} and {@code codes next --catalog} are plain Java too: answered without starting either. */
    @Test
    void scanCheckAndCodesNextAnswerFromTheJarWithTheirStatusesWithoutCreatingTheDatabase() throws Exception {
        Path tree = Path.of(getClass().getResource("/scan-tree").toURI());
        String catalog = tree.resolve("acme-catalog.yaml").toString();

        Run check = run("scan", tree.toString(), "--namespace", "ERR_ACME", "--catalog", catalog, "--check");
        Run next = run("codes", "next", "--namespace", "ACME", "--catalog", catalog, "--areas",
                tree.resolve("errdex-areas.properties").toString(), "--area", "widgets");

        assertThat(check.status()).as(check.err()).isEqualTo(dev.errdex.api.cli.ErrdexCommands.FINDINGS);
        assertThat(check.out()).contains("src/main/java/acme/Widgets.java:13: multiply-raised ERR_ACME_1002",
                "dead ERR_ACME_1010");
        assertThat(check.err()).contains("ERR_ACME: 2 codes");
        assertThat(next.status()).as(next.err()).isEqualTo(dev.errdex.api.cli.ErrdexCommands.OK);
        assertThat(next.out()).isEqualTo("ERR_ACME_1011" + System.lineSeparator());
        assertNothingStarted(check);
        assertNothingStarted(next);
    }

    private void assertNothingStarted(Run run) {
        assertThat(home.resolve("data")).as("the data directory").doesNotExist();
        assertThat(run.out() + run.err()).doesNotContain("Flyway", "Installed features", "ERR_ERRDEX_10",
                "index", "INFO");
    }
}
