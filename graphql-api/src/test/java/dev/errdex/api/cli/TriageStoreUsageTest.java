package dev.errdex.api.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Usage errors of {@code triage --store}, found before the service is needed. */
class TriageStoreUsageTest {

    @Test
    void storeWithoutAPathOrWithAnUnknownOptionIsAUsageError() {
        for (List<String> args : List.of(List.of("--store"), List.of("a.eml"), List.of("--store", "--dry-run", "x"))) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = new TriageStoreCommand().execute(args, new PrintStream(new ByteArrayOutputStream()),
                    new PrintStream(err, true, StandardCharsets.UTF_8));

            assertThat(status).as("status for %s", args).isEqualTo(TriageStoreCommand.USAGE);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("triage --store PATH...");
        }
    }
}
