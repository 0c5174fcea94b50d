package dev.errdex.catalog.service;

import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.EntryDerivation;
import dev.errdex.catalog.SourceSite;
import dev.errdex.catalog.io.CatalogFile;
import dev.errdex.catalog.io.CatalogFormat;
import dev.errdex.catalog.io.ReadResult;
import dev.errdex.catalog.io.SourcedEntry;
import dev.errdex.catalog.scan.RecordedSources;
import dev.errdex.catalog.scan.ScanOptions;
import dev.errdex.catalog.scan.SourceScan;
import dev.errdex.catalog.testing.EmptyCatalogTest;
import dev.errdex.catalog.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code scan --record}'s write ({@link CatalogService#recordSources}) on the fixture tree {@code scan-record}:
 * ERR_ACME_1001 raised in widgets/, ERR_ACME_1002 in widgets/ and billing/, ERR_ACME_1004 raised but not in the
 * catalog, a CODEOWNERS giving each folder its team.
 */
@QuarkusTest
class RecordSourcesTest extends EmptyCatalogTest {

    private static Map<String, RecordedSources> scan() {
        return RecordedSources.of(SourceScan.of(Fixtures.path("scan-record"), ScanOptions.namespace("ACME")
                .withRepository("https://example.com/acme/app", "main")).run());
    }

    private void add(String code, String message) {
        catalog.upsert(CatalogEntry.builder(code).message(message).build(), "alice");
    }

    private CatalogEntry entry(String code) {
        return catalog.find(code).orElseThrow().entry();
    }

    @Test
    void eachCodeGetsItsRaiseSitesWithLinksAndTheOwnerOfItsFolder() {
        add("ERR_ACME_1001", "No widget id.");
        add("ERR_ACME_1002", "Still running.");

        SourcesReport report = catalog.recordSources("ERR_ACME", scan(), "cli:bob");

        assertThat(report.recorded()).containsExactly("ERR_ACME_1001", "ERR_ACME_1002");
        assertThat(report.notInCatalog()).containsExactly("ERR_ACME_1004");
        assertThat(entry("ERR_ACME_1001").sources()).containsExactly(new SourceSite("widgets/Widgets.java", 7,
                "Widgets.start", "https://example.com/acme/app/blob/main/widgets/Widgets.java#L7"));
        assertThat(entry("ERR_ACME_1001").owner()).isEqualTo("@acme/widgets");
        assertThat(entry("ERR_ACME_1002").sources()).extracting(SourceSite::location)
                .containsExactlyInAnyOrder("widgets/Widgets.java:13", "billing/Invoices.java:7");
        assertThat(catalog.history("ERR_ACME_1001")).last().satisfies(h -> {
            assertThat(h.by()).isEqualTo("cli:bob");
            assertThat(h.change()).contains("sources", "owner");
        });
        assertThat(catalog.find("ERR_ACME_1004")).isEmpty();
    }

    @Test
    void recordingTwiceChangesNothingAndACodeNoLongerRaisedLosesItsSources() {
        add("ERR_ACME_1001", "No widget id.");
        catalog.importEntries(new ReadResult(List.of(new SourcedEntry(EntryDerivation.complete(CatalogEntry.builder("ERR_ACME_1003")
                .message("Retired.").sources(List.of(new SourceSite("old/Place.java", 3, "Old.place", null)))
                .build()), "catalog.yaml", 1)), List.of()), false, "import");
        catalog.recordSources("ERR_ACME", scan(), "cli:bob");
        long revision = catalog.find("ERR_ACME_1001").orElseThrow().revision();

        SourcesReport again = catalog.recordSources("ERR_ACME", scan(), "cli:bob");

        assertThat(again.recorded()).isEmpty();
        assertThat(again.unchanged()).contains("ERR_ACME_1001", "ERR_ACME_1003");
        assertThat(catalog.find("ERR_ACME_1001").orElseThrow().revision()).isEqualTo(revision);
        assertThat(entry("ERR_ACME_1003").sources()).isEmpty();
    }

    @Test
    void anEditorsSourcesAndOwnerArePinnedAndARecordingLeavesThem() {
        add("ERR_ACME_1001", "No widget id.");
        SourceSite own = new SourceSite("docs/where.md", 1, "", null);
        catalog.upsert(entry("ERR_ACME_1001").toBuilder().sources(List.of(own)).owner("@acme/support").build(),
                "alice");

        SourcesReport report = catalog.recordSources("ERR_ACME", scan(), "cli:bob");

        assertThat(report.pinned()).containsExactly("ERR_ACME_1001");
        assertThat(entry("ERR_ACME_1001").sources()).containsExactly(own);
        assertThat(entry("ERR_ACME_1001").owner()).isEqualTo("@acme/support");
        assertThat(entry("ERR_ACME_1001").sourcesPinned()).isTrue();
    }

    @Test
    void anEditThatLeavesSourcesOutKeepsTheRecordedOnes() {
        add("ERR_ACME_1001", "No widget id.");
        catalog.recordSources("ERR_ACME", scan(), "cli:bob");

        catalog.upsert(CatalogEntry.builder("ERR_ACME_1001").message("No widget id was given.").build(), "alice");

        assertThat(entry("ERR_ACME_1001").sources()).hasSize(1);
        assertThat(entry("ERR_ACME_1001").owner()).isEqualTo("@acme/widgets");
        assertThat(entry("ERR_ACME_1001").sourcesPinned()).isFalse();
    }

    @Test
    void sourcesOwnerAndPinRoundTripThroughExportAndImportInJsonAndYaml() {
        add("ERR_ACME_1001", "No widget id.");
        add("ERR_ACME_1002", "Still running.");
        catalog.recordSources("ERR_ACME", scan(), "cli:bob");
        catalog.upsert(entry("ERR_ACME_1002").toBuilder().owner("@acme/support").build(), "alice");
        List<CatalogEntry> before = catalog.entries();

        for (CatalogFormat format : CatalogFormat.values()) {
            String file = catalog.export(format);
            tables.clear();
            ImportReport report = catalog.importEntries(CatalogFile.read(new ByteArrayInputStream(
                    file.getBytes(StandardCharsets.UTF_8)), format, "catalog." + format.name()), false, "import");

            assertThat(report.rejected()).as(format.name()).isEmpty();
            assertThat(catalog.entries()).as(format.name()).isEqualTo(before);
        }
        assertThat(before).filteredOn(e -> e.code().equals("ERR_ACME_1002")).singleElement()
                .satisfies(e -> assertThat(e.sourcesPinned()).isTrue());
    }

    @Test
    void anImportKeepsPinnedSourcesAndListsThemAsKept() {
        add("ERR_ACME_1001", "No widget id.");
        SourceSite own = new SourceSite("docs/where.md", 1, "", null);
        catalog.upsert(entry("ERR_ACME_1001").toBuilder().sources(List.of(own)).build(), "alice");

        ImportReport report = catalog.importEntries(new ReadResult(List.of(new SourcedEntry(
                EntryDerivation.complete(CatalogEntry.builder("ERR_ACME_1001").message("No widget id.").build()),
                "f.yaml", 1)), List.of()),
                false, "import");

        assertThat(entry("ERR_ACME_1001").sources()).containsExactly(own);
        assertThat(report.kept()).singleElement().satisfies(k -> assertThat(k.fields())
                .extracting(CuratedFields.Kept::field).contains("sources"));
    }
}
