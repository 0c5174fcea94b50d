package dev.errdex.catalog.service;

import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.DefaultCatalog;
import dev.errdex.catalog.testing.EmptyCatalogTest;
import dev.errdex.catalog.testing.SharedData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import of ngrok's docs folder over the seeded bundle (the README's example) keeps the team's titles, guides and
 * symptoms and updates the source's fields; {@code overwrite} replaces them.
 */
@QuarkusTest
class CuratedImportTest extends EmptyCatalogTest {

    private static final String CODE = "ERR_NGROK_8012";

    @Inject
    CatalogSeeder seeder;

    @Test
    void importingTheDocsFolderKeepsTheCuratedTitleGuideAndSymptomsOfErrNgrok8012() {
        Path docs = SharedData.ngrokDocsErrors();
        seeder.seed(DefaultCatalog.fingerprint(), DefaultCatalog::bundle);
        CatalogEntry curated = catalog.find(CODE).orElseThrow().entry();

        ImportReport report = catalog.importFrom(docs, false, "alice");

        CatalogEntry after = catalog.find(CODE).orElseThrow().entry();
        assertThat(after.title()).isEqualTo(curated.title()).isEqualTo("Agent cannot reach your local service");
        assertThat(after.fixGuide()).isNotNull().isEqualTo(curated.fixGuide());
        assertThat(after.symptoms()).isNotEmpty().isEqualTo(curated.symptoms());
        assertThat(after.message()).isEqualTo(curated.message());
        assertThat(report.kept()).filteredOn(k -> k.code().equals(CODE)).singleElement()
                .satisfies(k -> assertThat(k.fields()).extracting(CuratedFields.Kept::field)
                        .contains("title", "fixGuide"));
        assertThat(report.rejected()).isEmpty();
    }

    @Test
    void aDryRunListsEachKeptFieldWithTheStoredAndTheSourceValue() {
        Path docs = SharedData.ngrokDocsErrors();
        seeder.seed(DefaultCatalog.fingerprint(), DefaultCatalog::bundle);

        ImportReport report = catalog.importFrom(docs, true, "alice");

        CuratedFields.Kept title = report.kept().stream().filter(k -> k.code().equals(CODE)).findFirst()
                .orElseThrow().fields().stream().filter(f -> f.field().equals("title")).findFirst().orElseThrow();
        assertThat(title.kept()).isEqualTo("Agent cannot reach your local service");
        assertThat(title.incoming()).startsWith("Traffic successfully made it to the ngrok agent");
        assertThat(catalog.find(CODE).orElseThrow().revision()).isEqualTo(1);
    }

    @Test
    void overwriteReplacesTheCuratedFieldsWithTheSources() {
        Path docs = SharedData.ngrokDocsErrors();
        seeder.seed(DefaultCatalog.fingerprint(), DefaultCatalog::bundle);

        ImportReport report = catalog.importFrom(docs, false, true, "alice");

        assertThat(report.kept()).isEmpty();
        assertThat(report.changed()).contains(CODE);
        assertThat(catalog.find(CODE).orElseThrow().entry().title())
                .startsWith("Traffic successfully made it to the ngrok agent");
    }
}
