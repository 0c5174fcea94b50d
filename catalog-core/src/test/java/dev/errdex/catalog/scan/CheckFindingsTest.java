package dev.errdex.catalog.scan;

import dev.errdex.catalog.CatalogException;
import dev.errdex.catalog.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class CheckFindingsTest {

    @Test
    void undocumentedDeadMultiplyRaisedAndMalformedAreReportedWithFileAndLine() {
        ScanReport report = SourceScan.of(Fixtures.path("scan/java"), ScanOptions.namespace("ERR_ACME")
                .withCatalog(List.of("ERR_ACME_1001", "ERR_ACME_1003", "ERR_ACME_1500"))).run();

        assertThat(report.findings()).extracting(Finding::kind, Finding::code, Finding::location).containsExactly(
                tuple(FindingKind.MULTIPLY_RAISED, "ERR_ACME_1002", "src/main/java/acme/Orders.java:9"),
                tuple(FindingKind.UNDOCUMENTED, "ERR_ACME_1002", "src/main/java/acme/Codes.java:5"),
                // commented out: in the catalog but raised nowhere
                tuple(FindingKind.DEAD, "ERR_ACME_1003", null),
                tuple(FindingKind.DEAD, "ERR_ACME_1500", null),
                tuple(FindingKind.MALFORMED, "err-acme-1005", "src/main/java/acme/Widgets.java:22"));
        assertThat(report.exitCode()).isEqualTo(ScanReport.EXIT_FINDINGS);
    }

    @Test
    void raiseSitesInOneFunctionAreOnePlace(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve("Pay.java"), """
                class Pay {
                    void charge(int cents) {
                        if (cents < 0) throw new PayException("ERR_ACME_7");
                        if (cents > LIMIT) throw new PayException("ERR_ACME_7");
                    }
                }
                """);

        ScanReport report = SourceScan.of(root, ScanOptions.namespace("ACME").withCatalog(List.of("ERR_ACME_7")))
                .run();

        assertThat(report.codes()).singleElement().satisfies(c -> {
            assertThat(c.raiseSites()).isEqualTo(2);
            assertThat(c.places()).isEqualTo(1);
        });
        assertThat(report.findings()).isEmpty();
        assertThat(report.exitCode()).isEqualTo(ScanReport.EXIT_CLEAN);
    }

    @Test
    void aDeadCodeWithAConstantPointsAtTheConstant(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve("codes.py"), "RETIRED = 'ERR_ACME_9'\n");

        ScanReport report = SourceScan.of(root, ScanOptions.namespace("ERR_ACME")
                .withCatalog(List.of("ERR_ACME_9"))).run();

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.DEAD);
            assertThat(f.location()).isEqualTo("codes.py:1");
            assertThat(f.message()).contains("RETIRED");
        });
    }

    @Test
    void withoutACatalogOnlyMultiplyRaisedAndMalformedAreChecked() {
        ScanReport report = SourceScan.of(Fixtures.path("scan/go"), ScanOptions.namespace("ERR_ACME")).run();

        assertThat(report.catalogChecked()).isFalse();
        assertThat(report.findings()).extracting(Finding::kind).containsOnly(FindingKind.MULTIPLY_RAISED);
    }

    @Test
    void aBadRootOrNamespaceIsAClearError(@TempDir Path root) {
        assertThatThrownBy(() -> SourceScan.of(root.resolve("missing"), ScanOptions.namespace("ACME")))
                .isInstanceOf(CatalogException.class).hasMessageContaining("ERR_ERRDEX_1060");
        assertThatThrownBy(() -> ScanOptions.namespace("ERR_MY_APP"))
                .isInstanceOf(CatalogException.class).hasMessageContaining("ERR_ERRDEX_1061");
        assertThat(ScanOptions.namespace("h2").namespace()).isEqualTo("ERR_H2");
    }
}
