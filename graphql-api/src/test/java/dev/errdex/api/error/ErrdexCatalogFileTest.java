package dev.errdex.api.error;

import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.SourceSite;
import dev.errdex.catalog.io.CatalogFile;
import dev.errdex.catalog.io.CatalogFormat;
import dev.errdex.catalog.io.ReadResult;
import dev.errdex.catalog.scan.RecordedSources;
import dev.errdex.catalog.scan.ScanOptions;
import dev.errdex.catalog.scan.ScanReport;
import dev.errdex.catalog.scan.SourceScan;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled errdex namespace matches the error enums, and each code carries the places in errdex's own source that
 * raise it (the dogfood scan of {@link ErrdexOwnCodesScanTest}: path relative to the repository, line, symbol). After
 * adding or changing a code, or moving where one is raised, regenerate the file with
 * {@code ./mvnw -B -o -pl graphql-api -am test -Dtest=ErrdexCatalogFileTest -DregenerateErrdexCatalog=true -Dsurefire.failIfNoSpecifiedTests=false}
 * (add {@code -Derrdex.repo-url=URL -Derrdex.repo-ref=REF} to record web links; without them sources have none).
 * The test compares each code's raise places (path and symbol), not their lines: an edit that only shifts lines does
 * not make the file stale, a raise site added, removed or moved to another method or file does.
 */
class ErrdexCatalogFileTest {

    private static final String REGENERATE = "regenerate with -DregenerateErrdexCatalog=true (see this test's Javadoc)";

    /** The errdex codes with the raise sites the dogfood scan finds now, sites in path, line and symbol order. */
    static List<CatalogEntry> entriesWithSources() {
        String repoUrl = System.getProperty("errdex.repo-url", "");
        ScanOptions options = ErrdexOwnCodesScanTest.options();
        if (!repoUrl.isBlank()) {
            options = options.withRepository(repoUrl, System.getProperty("errdex.repo-ref", "main"));
        }
        ScanReport report = SourceScan.of(ErrdexOwnCodesScanTest.root(), options).run();
        Map<String, RecordedSources> found = RecordedSources.of(report);
        return ErrdexCodeRegistry.entries().stream().map(e -> {
            RecordedSources sources = found.get(e.code());
            return sources == null ? e : e.toBuilder().sources(sources.sites().stream()
                    .sorted(Comparator.comparing(SourceSite::path).thenComparingInt(SourceSite::line)
                            .thenComparing(SourceSite::symbol)).toList()).build();
        }).toList();
    }

    @Test
    void bundledFileListsEveryErrdexCodeOfTheEnumsWithTheSourcesThatRaiseIt() throws IOException {
        List<CatalogEntry> expected = entriesWithSources();
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
        assertThat(bundled.catalogEntries()).extracting(CatalogEntry::code).as(REGENERATE)
                .containsExactlyElementsOf(expected.stream().map(CatalogEntry::code).toList());
        assertThat(bundled.catalogEntries()).extracting(CatalogEntry::message).as(REGENERATE)
                .containsExactlyElementsOf(expected.stream().map(CatalogEntry::message).toList());
        assertThat(bundled.catalogEntries()).extracting(ErrdexCatalogFileTest::places).as(REGENERATE)
                .containsExactlyElementsOf(expected.stream().map(ErrdexCatalogFileTest::places).toList());
        assertThat(expected).as("the dogfood scan records where errdex's codes are raised")
                .filteredOn(e -> !e.sources().isEmpty()).hasSizeGreaterThan(expected.size() / 2);
    }

    @Test
    void regeneratingTwiceFromTheSameTreeWritesTheSameBytes() {
        assertThat(CatalogFile.write(entriesWithSources(), CatalogFormat.JSON))
                .isEqualTo(CatalogFile.write(entriesWithSources(), CatalogFormat.JSON));
    }

    @Test
    void errdexCodesAreUnique() {
        assertThat(ErrdexCodeRegistry.entries()).extracting(CatalogEntry::code).doesNotHaveDuplicates()
                .allMatch(c -> c.startsWith("ERR_ERRDEX_"));
    }

    /** A code's raise places as the staleness check compares them: {@code path#symbol}, lines left out. */
    private static List<String> places(CatalogEntry e) {
        return e.sources().stream().map(s -> s.path() + "#" + s.symbol()).distinct().sorted().toList();
    }
}
