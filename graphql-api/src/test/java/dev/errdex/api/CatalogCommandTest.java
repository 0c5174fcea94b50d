package dev.errdex.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errdex.catalog.testing.PostgresTestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.main.Launch;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusMainTest
@WithTestResource(value = PostgresTestDatabase.class, scope = TestResourceScope.GLOBAL)
class CatalogCommandTest {

    private static final String CATALOG_FILE = "src/test/resources/import/acme-catalog.yaml";

    @Test
    void importReportsAddedAndRejectedEntriesAndExitsWithThreeWhenSomeWereRejected(QuarkusMainLauncher launcher)
            throws Exception {
        LaunchResult result = launcher.launch("import", CATALOG_FILE, "--dry-run", "--by", "tester");

        assertThat(result.exitCode()).isEqualTo(3);
        JsonNode report = new ObjectMapper().readTree(jsonDocument(result.getOutput()));
        assertThat(report.path("dryRun").asBoolean()).isTrue();
        assertThat(report.path("added")).extracting(JsonNode::asText).containsExactly("ERR_ACME_1", "ERR_ACME_2");
        assertThat(report.path("rejected")).singleElement().satisfies(r -> {
            assertThat(r.path("line").asInt()).isEqualTo(7);
            assertThat(r.path("code").asText()).isEqualTo("ERR_ERRDEX_1012");
            assertThat(r.path("reason").asText()).contains("titel");
        });
        assertThat(result.getErrorOutput()).contains("dry run: 2 added, 0 changed, 0 unchanged, 0 kept (curated), 1 rejected");
    }

    @Test
    @Launch(value = {"export", "yaml"})
    void exportWritesTheSeededCatalog(LaunchResult result) {
        assertThat(result.getOutput()).contains("format: errdex-catalog/1\nentries:\n").contains("code: ERR_NGROK_8012");
    }

    @Test
    @Launch(value = {"import", "no/such/folder"}, exitCode = 1)
    void importOfAMissingSourceFailsWithItsCode(LaunchResult result) {
        assertThat(result.getErrorOutput()).contains("ERR_ERRDEX_1030");
    }

    /** The report, from its opening brace on (in tests the captured output also holds the log lines). */
    private static String jsonDocument(String output) {
        int start = output.indexOf("\n{\n");
        return start < 0 ? output : output.substring(start + 1);
    }
}
