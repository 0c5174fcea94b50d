package dev.errdex.api.ticket;

import dev.errdex.catalog.testing.PostgresTestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.main.Launch;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code java -jar quarkus-run.jar triage --store PATH...}, which {@code bin/triage --store} runs. */
@QuarkusMainTest
@WithTestResource(value = PostgresTestDatabase.class, scope = TestResourceScope.GLOBAL)
class TriageStoreCommandTest {

    @Test
    @Launch(value = {"triage", "--store", "src/test/resources/tickets/batch"})
    void storesEveryEmailOfAFolderOnceAndPrintsOneLineEach(LaunchResult result) {
        List<String> lines = result.getOutputStream().stream().filter(l -> l.startsWith("{\"source\"")).toList();

        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).contains("\"source\":\"a.eml\"", "\"outcome\":\"CREATED\"", "ERR_NGROK_8012");
        assertThat(lines.get(1)).contains("\"source\":\"b-copy-of-a.eml\"", "\"outcome\":\"DUPLICATE\"");
        assertThat(lines.get(2)).contains("\"source\":\"inbox.mbox#1\"", "\"outcome\":\"CREATED\"", "ERR_NGROK_3200");
        assertThat(lines.get(3)).contains("\"source\":\"inbox.mbox#2\"", "\"outcome\":\"APPENDED\"");
        assertThat(result.getErrorOutput()).contains("stored: 2 created, 1 appended to their thread, 1 already stored,"
                + " 0 refused");
    }
}
