package dev.errdex.catalog.service;

import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.DefaultCatalog;
import dev.errdex.catalog.io.CatalogFile;
import dev.errdex.catalog.io.CatalogFormat;
import dev.errdex.catalog.io.ReadResult;
import dev.errdex.catalog.testing.EmptyCatalogTest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class CatalogSeederTest extends EmptyCatalogTest {

    private static final String NO_GUIDES = "/overlays/no-index/";

    @Inject
    CatalogSeeder seeder;

    @Test
    void anEmptyDatabaseReceivesTheWholeBundledCatalogAndASecondStartReadsNothing() {
        SeedReport first = seeder.seed(DefaultCatalog.fingerprint(), DefaultCatalog::bundle);
        AtomicInteger reads = new AtomicInteger();
        SeedReport second = seeder.seed(DefaultCatalog.fingerprint(), () -> {
            reads.incrementAndGet();
            return DefaultCatalog.bundle();
        });

        assertThat(first.added()).isEqualTo(1608);
        assertThat(catalog.count()).isEqualTo(1608);
        StoredEntry e = catalog.find("ERR_NGROK_8012").orElseThrow();
        assertThat(e.revision()).isEqualTo(1);
        assertThat(e.edited()).isFalse();
        assertThat(e.updatedBy()).isEqualTo(CatalogService.BUNDLE_AUTHOR);
        assertThat(second.skipped()).isTrue();
        assertThat(reads).hasValue(0);
    }

    @Test
    void aNewerBundleAddsCodesAndUpdatesUntouchedOnesButNeverAnEditedOne() {
        seeder.seed("v1", bundle("/seeding/bundle-v1.json"));
        catalog.upsert(catalog.find("ERR_ACME_1").orElseThrow().entry().toBuilder()
                .title("Widgets are silent").build(), "alice");

        SeedReport report = seeder.seed("v2", bundle("/seeding/bundle-v2.json"));

        assertThat(report.added()).isEqualTo(1);
        assertThat(report.updated()).isEqualTo(1);
        assertThat(report.keptEdited()).isEqualTo(1);
        assertThat(report.unchanged()).isEqualTo(1);
        StoredEntry edited = catalog.find("ERR_ACME_1").orElseThrow();
        assertThat(edited.entry().title()).isEqualTo("Widgets are silent");
        assertThat(edited.entry().message()).isEqualTo("The widget service at `ADDR` did not answer.");
        assertThat(edited.revision()).isEqualTo(2);
        StoredEntry untouched = catalog.find("ERR_ACME_2").orElseThrow();
        assertThat(untouched.entry().message()).startsWith("Policy rule `RULE` never runs");
        assertThat(untouched.revision()).isEqualTo(2);
        assertThat(untouched.edited()).isFalse();
        assertThat(catalog.find("ERR_ACME_3").orElseThrow().revision()).isEqualTo(1);
        assertThat(catalog.find("ERR_ACME_4")).isPresent();
        assertThat(catalog.history("ERR_ACME_2")).extracting(HistoryRecord::change)
                .containsExactly("created", "changed title, message");
    }

    @Test
    void theSameBundleSeededAgainIsSkippedEvenAfterEdits() {
        seeder.seed("v1", bundle("/seeding/bundle-v1.json"));
        catalog.deprecate("ERR_ACME_3", null, "alice");

        SeedReport again = seeder.seed("v1", bundle("/seeding/bundle-v1.json"));

        assertThat(again.skipped()).isTrue();
        assertThat(catalog.find("ERR_ACME_3").orElseThrow().entry().status())
                .isEqualTo(CatalogEntry.Status.DEPRECATED);
    }

    @Test
    void ownedCodesAreReadOnlyWhenTheirContentOrAnyOfTheirStoredCodesChanged() {
        AtomicInteger reads = new AtomicInteger();
        Supplier<ReadResult> v1 = () -> {
            reads.incrementAndGet();
            return read("/seeding/bundle-v1.json");
        };

        Optional<ImportReport> first = seeder.seedOwned("ERR_ACME", "v1", v1);
        Optional<ImportReport> same = seeder.seedOwned("ERR_ACME", "v1", v1);
        catalog.upsert(catalog.find("ERR_ACME_1").orElseThrow().entry().toBuilder().title("Widgets are silent")
                .build(), "alice");
        Optional<ImportReport> afterEdit = seeder.seedOwned("ERR_ACME", "v1", v1);
        Optional<ImportReport> newContent = seeder.seedOwned("ERR_ACME", "v2", v1);

        assertThat(first.orElseThrow().added()).hasSize(3);
        assertThat(same).isEmpty();
        assertThat(afterEdit.orElseThrow().changed()).containsExactly("ERR_ACME_1");
        assertThat(catalog.find("ERR_ACME_1").orElseThrow().entry().title()).isNotEqualTo("Widgets are silent");
        assertThat(newContent.orElseThrow().unchanged()).hasSize(3);
        assertThat(reads).hasValue(3);
    }

    private static ReadResult read(String resource) {
        try (InputStream in = CatalogSeederTest.class.getResourceAsStream(resource)) {
            return CatalogFile.read(in, CatalogFormat.JSON, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Supplier<DefaultCatalog.Bundle> bundle(String resource) {
        return () -> DefaultCatalog.bundle(resource, NO_GUIDES);
    }
}
