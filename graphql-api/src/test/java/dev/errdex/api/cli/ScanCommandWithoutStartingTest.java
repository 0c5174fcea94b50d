package dev.errdex.api.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code scan} and {@code codes next --catalog} run in plain Java through {@link ErrdexCommands#answerWithoutStarting}
 * (no application, no database) on the fixture tree {@code scan-tree}: ERR_ACME_1001 raised once, ERR_ACME_1002 raised
 * in two methods, ERR_ACME_1010 only in the catalog, a CODEOWNERS and an areas file.
 */
class ScanCommandWithoutStartingTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private OptionalInt answer(String... args) {
        return ErrdexCommands.answerWithoutStarting(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String tree() {
        try {
            return Path.of(ScanCommandWithoutStartingTest.class.getResource("/scan-tree").toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String catalog() {
        return Path.of(tree(), "acme-catalog.yaml").toString();
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void scanPrintsTheJsonReportOnStandardOutputOnlyAndExitsZeroWithoutCheck() throws Exception {
        assertThat(answer("scan", tree(), "--namespace", "acme", "--format", "json", "--catalog", catalog()))
                .hasValue(ErrdexCommands.OK);

        JsonNode report = new ObjectMapper().readTree(out());
        assertThat(report.path("format").asText()).isEqualTo("errdex-scan/1");
        assertThat(report.path("namespace").asText()).isEqualTo("ERR_ACME");
        assertThat(report.path("sites").findValuesAsText("owner")).contains("@acme/widgets");
        assertThat(err()).contains("ERR_ACME: 2 codes", "findings");
    }

    @Test
    void checkWithFindingsExitsWithItsOwnStatusAndNamesFileAndLine() {
        assertThat(answer("scan", tree(), "--namespace", "ERR_ACME", "--catalog", catalog(), "--check"))
                .hasValue(ErrdexCommands.FINDINGS);

        assertThat(out()).contains("src/main/java/acme/Widgets.java:13: multiply-raised ERR_ACME_1002",
                "dead ERR_ACME_1010");
    }

    @Test
    void sarifGoesToStandardOutputWithLinksFromTheRepository() throws Exception {
        assertThat(answer("scan", tree(), "--namespace", "ACME", "--format", "sarif", "--check",
                "--repo-url", "https://example.com/acme/app", "--ref", "main")).hasValue(ErrdexCommands.FINDINGS);

        JsonNode sarif = new ObjectMapper().readTree(out());
        assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
        assertThat(sarif.path("runs").get(0).path("results")).isNotEmpty();
    }

    @Test
    void aCleanCheckExitsZero() {
        assertThat(answer("scan", tree(), "--namespace", "ERR_NONE", "--check")).hasValue(ErrdexCommands.OK);
        assertThat(err()).contains("0 findings");
    }

    @Test
    void badScanArgumentsAreUsageErrorsWithTheirCodes() {
        assertThat(answer("scan", tree(), "--namespace", "not a namespace")).hasValue(ErrdexCommands.USAGE);
        assertThat(err()).contains("ERR_ERRDEX_1061");
        err.reset();
        assertThat(answer("scan", tree(), "--namespace", "ACME", "--format", "xml")).hasValue(ErrdexCommands.USAGE);
        assertThat(err()).contains("ERR_ERRDEX_1071");
        err.reset();
        assertThat(answer("scan", tree() + "/no-such-folder", "--namespace", "ACME"))
                .hasValue(ErrdexCommands.USAGE);
        assertThat(err()).contains("ERR_ERRDEX_1060");
        err.reset();
        assertThat(answer("scan", tree(), "--namespace", "ACME", "--repo-url", "https://example.com/a"))
                .hasValue(ErrdexCommands.USAGE);
        assertThat(err()).contains("ERR_ERRDEX_1072");
        assertThat(out()).isEmpty();
    }

    @Test
    void scanRecordIsLeftToTheStartedApplication() {
        assertThat(answer("scan", tree(), "--namespace", "ACME", "--record")).isEmpty();
        assertThat(out()).isEmpty();
    }

    @Test
    void codesNextWithACatalogProposesTheNextCodeOfTheAreaWithoutTheService() {
        assertThat(answer("codes", "next", "--namespace", "ACME", "--catalog", catalog(), "--areas",
                Path.of(tree(), "errdex-areas.properties").toString(), "--area", "widgets"))
                .hasValue(ErrdexCommands.OK);

        assertThat(out()).isEqualTo("ERR_ACME_1011" + System.lineSeparator());
        assertThat(err()).contains("taken in widgets 1000-1099: 1001-1002, 1010", "billing 1100-1199: 0 of 100");
    }

    @Test
    void codesNextNamesAnUnknownAreaAndNeedsTheServiceWithoutACatalog() {
        assertThat(answer("codes", "next", "--namespace", "ACME", "--catalog", catalog(), "--area", "nowhere"))
                .hasValue(ErrdexCommands.USAGE);
        assertThat(err()).contains("ERR_ERRDEX_1065");
        assertThat(answer("codes", "next", "--namespace", "ACME")).isEmpty();
        assertThat(answer("codes")).hasValue(ErrdexCommands.USAGE);
    }
}
