package dev.errdex.api.error;

import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.io.CatalogFile;
import dev.errdex.catalog.io.CatalogFormat;
import dev.errdex.catalog.io.ReadResult;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled errdex namespace matches the error enums. After adding or changing a code, regenerate the file with
 * {@code ./mvnw -B -pl graphql-api -am test -Dtest=ErrdexCatalogFileTest -DregenerateErrdexCatalog=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ErrdexCatalogFileTest {

    @Test
    void bundledFileListsEveryErrdexCodeOfTheEnums() throws IOException {
        List<CatalogEntry> expected = ErrdexCodeRegistry.entries();
        if (Boolean.getBoolean("regenerateErrdexCatalog")) {
            Files.writeString(Path.of("src/main/resources", ErrdexCodeRegistry.RESOURCE),
                    CatalogFile.write(expected, CatalogFormat.JSON));
        }
        ReadResult bundled;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(ErrdexCodeRegistry.RESOURCE)) {
            assertThat(in).as("the bundled file " + ErrdexCodeRegistry.RESOURCE).isNotNull();
            bundled = CatalogFile.read(in, CatalogFormat.JSON, ErrdexCodeRegistry.RESOURCE);
        }
        assertThat(bundled.rejected()).isEmpty();
        assertThat(bundled.catalogEntries()).extracting(CatalogEntry::code)
                .as("regenerate with -DregenerateErrdexCatalog=true (see this test's Javadoc)")
                .containsExactlyElementsOf(expected.stream().map(CatalogEntry::code).toList());
        assertThat(bundled.catalogEntries()).extracting(CatalogEntry::message)
                .containsExactlyElementsOf(expected.stream().map(CatalogEntry::message).toList());
    }

    @Test
    void errdexCodesAreUnique() {
        assertThat(ErrdexCodeRegistry.entries()).extracting(CatalogEntry::code).doesNotHaveDuplicates()
                .allMatch(c -> c.startsWith("ERR_ERRDEX_"));
    }
}
