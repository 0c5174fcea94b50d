package dev.errdex.catalog.service;

import dev.errdex.catalog.CatalogError;
import dev.errdex.catalog.CatalogException;
import dev.errdex.catalog.io.Rejection;
import dev.errdex.catalog.testing.EmptyCatalogTest;
import dev.errdex.catalog.testing.Fixtures;
import dev.errdex.catalog.testing.SharedData;
import io.quarkus.test.junit.QuarkusTest;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@QuarkusTest
class CatalogImportTest extends EmptyCatalogTest {

    private static final Logger LOG = Logger.getLogger(CatalogImportTest.class);

    @Test
    void importsADocsFolderAndReportsAddedAndRejectedPages() {
        ImportReport report = catalog.importFrom(Fixtures.path("docs-folder"), false, "importer");

        assertThat(report.dryRun()).isFalse();
        assertThat(report.added()).containsExactly("ERR_ACME_1", "ERR_ACME_2", "ERR_ACME_3");
        assertThat(report.rejected()).hasSize(10).extracting(Rejection::file).contains("bad-code.mdx");
        assertThat(catalog.count()).isEqualTo(3);
        assertThat(catalog.find("ERR_ACME_1").orElseThrow().entry().fixGuide().steps()).isNotEmpty();
        assertThat(changes.events()).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo(CatalogChanged.Reason.IMPORT));
    }

    @Test
    void aDryRunReportsButChangesNothing() {
        ImportReport report = catalog.importFrom(Fixtures.path("docs-folder"), true, "importer");

        assertThat(report.dryRun()).isTrue();
        assertThat(report.added()).hasSize(3);
        assertThat(catalog.count()).isZero();
        assertThat(catalog.history("ERR_ACME_1")).isEmpty();
        assertThat(changes.events()).isEmpty();
    }

    @Test
    void aDryRunOfChangesLeavesRevisionsAlone() {
        catalog.importFrom(Fixtures.path("catalog-files/acme.yaml"), false, "importer");

        ImportReport report = catalog.importFrom(Fixtures.path("docs-folder"), true, "importer");

        assertThat(report.changed()).containsExactly("ERR_ACME_1", "ERR_ACME_2");
        assertThat(report.added()).containsExactly("ERR_ACME_3");
        assertThat(catalog.find("ERR_ACME_1").orElseThrow().revision()).isEqualTo(1);
        assertThat(catalog.count()).isEqualTo(2);
    }

    @Test
    void importingTheSameSourceTwiceChangesNothingTheSecondTime() {
        catalog.importFrom(Fixtures.path("docs-folder"), false, "importer");

        ImportReport again = catalog.importFrom(Fixtures.path("docs-folder"), false, "importer");

        assertThat(again.added()).isEmpty();
        assertThat(again.changed()).isEmpty();
        assertThat(again.unchanged()).containsExactly("ERR_ACME_1", "ERR_ACME_2", "ERR_ACME_3");
        assertThat(catalog.find("ERR_ACME_2").orElseThrow().revision()).isEqualTo(1);
    }

    @Test
    void aFailingImportLeavesTheDatabaseAsItWas() {
        catalog.importFrom(Fixtures.path("catalog-files/acme.yaml"), false, "importer");

        assertThatThrownBy(() -> catalog.importFrom(
                Fixtures.path("catalog-files/too-long-for-the-database.json"), false, "importer"))
                .isInstanceOfSatisfying(CatalogException.class,
                        e -> assertThat(e.error()).isEqualTo(CatalogError.IMPORT_FAILED))
                .hasMessageContaining("nothing was changed");

        assertThat(catalog.count()).isEqualTo(2);
        assertThat(catalog.find("ERR_ACME_101")).isEmpty();
        assertThat(changes.events()).hasSize(1);
    }

    @Test
    void refusesASourceThatIsNeitherAFolderNorACatalogFile() {
        assertThatThrownBy(() -> catalog.importFrom(Fixtures.path("docs-folder/README.md"), false, "importer"))
                .isInstanceOfSatisfying(CatalogException.class,
                        e -> assertThat(e.error()).isEqualTo(CatalogError.IMPORT_SOURCE));
        assertThatThrownBy(() -> catalog.importFrom(Path.of("no", "such", "folder"), false, "importer"))
                .isInstanceOf(CatalogException.class);
    }

    @Test
    void importsTheWholeSharedNgrokReference() {
        Path docs = SharedData.ngrokDocsErrors();
        long started = System.nanoTime();

        ImportReport report = catalog.importFrom(docs, false, "importer");

        LOG.infof("imported %d pages of %s in %d ms", report.added().size(), docs,
                (System.nanoTime() - started) / 1_000_000);
        assertThat(report.rejected()).isEmpty();
        assertThat(report.added()).hasSize(1608);
        assertThat(catalog.count()).isEqualTo(1608);
        assertThat(catalog.find("err-ngrok-8012").orElseThrow().entry().category()).isEqualTo("agent");
        assertThat(Files.isDirectory(docs)).isTrue();
    }
}
