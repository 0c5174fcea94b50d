package dev.errdex.catalog.scan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.errdex.catalog.CatalogError;
import dev.errdex.catalog.CatalogException;
import dev.errdex.catalog.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportFormatsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The Java fixture checked against a catalog that lacks 1002 and holds a dead 1500: every kind of finding. */
    private static ScanReport javaReportWithEveryFinding() {
        return SourceScan.of(Fixtures.path("scan/java"), ScanOptions.namespace("ERR_ACME")
                .withCatalog(List.of("ERR_ACME_1001", "ERR_ACME_1003", "ERR_ACME_1500", "ERR_OTHER_1"))
                .withRepository("https://github.com/acme/widgets.git", "v1.2")).run();
    }

    private static Schema sarifSchema() throws Exception {
        try (InputStream in = ReportFormatsTest.class.getClassLoader()
                .getResourceAsStream("sarif/sarif-schema-2.1.0.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
        }
    }

    @Test
    void sarifOutputValidatesAgainstTheSarif210Schema() throws Exception {
        ScanReport report = javaReportWithEveryFinding();
        JsonNode sarif = JSON.readTree(report.toString(ReportFormat.SARIF));

        List<Error> errors = sarifSchema().validate(sarif);

        assertThat(errors).isEmpty();
        assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
        JsonNode results = sarif.path("runs").path(0).path("results");
        assertThat(results).hasSize(report.findings().size());
        assertThat(results.findValuesAsText("ruleId"))
                .contains("undocumented", "dead", "multiply-raised", "malformed");
    }

    @Test
    void theSchemaCheckWouldCatchABrokenSarifLog() throws Exception {
        JsonNode broken = JSON.readTree("{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{}}}]}");

        assertThat(sarifSchema().validate(broken)).isNotEmpty();
    }

    @Test
    void aMultiplyRaisedFindingPointsAtItsFirstPlaceAndRelatesTheOthers() throws Exception {
        JsonNode results = JSON.readTree(javaReportWithEveryFinding().toString(ReportFormat.SARIF))
                .path("runs").path(0).path("results");
        JsonNode multiply = null;
        for (JsonNode r : results) {
            if (r.path("ruleId").asText().equals("multiply-raised")) {
                multiply = r;
            }
        }

        assertThat(multiply).isNotNull();
        assertThat(multiply.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("src/main/java/acme/Orders.java");
        assertThat(multiply.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(9);
        assertThat(multiply.at("/relatedLocations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("src/main/java/acme/Widgets.java");
    }

    @Test
    void jsonOutputListsSitesWithLinksAndFindingsWithFileAndLine() throws Exception {
        JsonNode json = JSON.readTree(javaReportWithEveryFinding().toString(ReportFormat.JSON));

        assertThat(json.path("namespace").asText()).isEqualTo("ERR_ACME");
        assertThat(json.path("sites")).anySatisfy(site -> {
            assertThat(site.path("code").asText()).isEqualTo("ERR_ACME_1001");
            assertThat(site.path("kind").asText()).isEqualTo("raise");
            assertThat(site.path("url").asText())
                    .isEqualTo("https://github.com/acme/widgets/blob/v1.2/src/main/java/acme/Widgets.java#L7");
        });
        assertThat(json.path("findings")).hasSize(5).allSatisfy(f -> {
            if (f.path("kind").asText().equals("dead")) {
                assertThat(f.has("location")).isFalse(); // a dead code without a constant: no place in the source
            } else {
                assertThat(f.path("location").asText()).matches("src/main/java/acme/\\w+\\.java:\\d+");
            }
        });
    }

    @Test
    void textOutputEndsWithOneLinePerFindingAsFileLineKindCode() {
        String text = javaReportWithEveryFinding().toString(ReportFormat.TEXT);

        assertThat(text).contains("src/main/java/acme/Widgets.java:22: malformed err-acme-1005:")
                .contains("src/main/java/acme/Codes.java:5: undocumented ERR_ACME_1002:")
                .contains("(catalog): dead ERR_ACME_1500:")
                .contains("  raise      src/main/java/acme/Widgets.java:7 Widgets.start");
    }

    @Test
    void anUnknownFormatIsAClearError() {
        assertThatThrownBy(() -> ReportFormat.parse("xml")).isInstanceOf(CatalogException.class)
                .hasMessageContaining("ERR_ERRDEX_1071").hasMessageContaining("[text, json, sarif]");
        assertThat(ReportFormat.parse(" Sarif ")).isEqualTo(ReportFormat.SARIF);
        assertThat(CatalogError.REPORT_FORMAT.number()).isEqualTo(1071);
    }
}
