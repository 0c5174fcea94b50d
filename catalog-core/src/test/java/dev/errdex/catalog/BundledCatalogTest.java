package dev.errdex.catalog;

import dev.errdex.catalog.testing.SharedData;
import dev.errdex.catalog.tools.BundledCatalogGenerator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled catalog is what errdex's importer makes of the shared docs folder. With
 * {@code -Derrdex-tools.regenerate=true} the test rewrites the bundled file first.
 */
class BundledCatalogTest {

    @Test
    void bundledCatalogEqualsAFreshImportOfTheSharedDocsFolder() throws IOException {
        Path docs = SharedData.ngrokDocsErrors();
        BundledCatalogGenerator.Generated generated = BundledCatalogGenerator.generate(docs);

        assertThat(generated.read().rejected()).isEmpty();
        assertThat(generated.entries()).hasSize(1608);

        if (Boolean.getBoolean("errdex-tools.regenerate")) {
            Files.writeString(BundledCatalogGenerator.BUNDLED, generated.json(), StandardCharsets.UTF_8);
        }
        String bundled = Files.readString(BundledCatalogGenerator.BUNDLED, StandardCharsets.UTF_8);
        assertThat(bundled)
                .as("the bundled catalog is stale; regenerate it (docs/catalog.md, 'The bundled catalog')")
                .isEqualTo(generated.json());
    }

    @Test
    void bundledCatalogShipsNoGuideProseFromTheDocs() throws IOException {
        String bundled = Files.readString(BundledCatalogGenerator.BUNDLED, StandardCharsets.UTF_8);

        assertThat(bundled).doesNotContain("\"fixGuide\"").doesNotContain("Further help");
    }
}
