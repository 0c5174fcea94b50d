package dev.errdex.catalog.io;

import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.CatalogError;
import dev.errdex.catalog.DefaultCatalog;
import dev.errdex.catalog.FixGuide;
import dev.errdex.catalog.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CatalogFileTest {

    @Test
    void readsAYamlCatalogWithEveryField() {
        ReadResult r = CatalogFile.read(Fixtures.path("catalog-files/acme.yaml"));

        assertThat(r.rejected()).isEmpty();
        CatalogEntry first = r.catalogEntries().get(0);
        assertThat(first.code()).isEqualTo("ERR_ACME_1");
        assertThat(first.title()).isEqualTo("Widget service does not answer");
        assertThat(first.message()).isEqualTo("The widget service at `ADDR` did not answer.\nCheck that it runs.");
        assertThat(first.placeholders()).containsExactly("ADDR");
        assertThat(first.fixGuide()).isEqualTo(new FixGuide("The gateway got no answer from the widget service.",
                List.of("The service is stopped."), List.of("Start it: `widgetctl start`")));
        assertThat(first.category()).isEqualTo("edge-traffic");
        assertThat(first.severity()).isEqualTo(CatalogEntry.Severity.CRITICAL);
        assertThat(first.symptoms()).containsExactly("widgets time out");
        assertThat(first.related()).containsExactly("ERR_ACME_2");
        assertThat(first.ownerComponent()).isEqualTo("widgets");
        assertThat(first.sourceLocation()).isEqualTo("widgets/server.go:120");
        assertThat(r.entries().get(0).line()).isEqualTo(3);
    }

    @Test
    void derivesWhatAnEntryLeavesOut() {
        CatalogEntry second = CatalogFile.read(Fixtures.path("catalog-files/acme.yaml")).catalogEntries().get(1);

        assertThat(second.title()).isEqualTo("Policy rule `RULE` is shadowed: \"yes\", no, null, 0012 # not a comment");
        assertThat(second.placeholders()).containsExactly("RULE");
        assertThat(second.category()).isEqualTo("other");
        assertThat(second.status()).isEqualTo(CatalogEntry.Status.DEPRECATED);
        assertThat(second.replacedBy()).isEqualTo("ERR_ACME_1");
    }

    @Test
    void rejectsEachInvalidEntryWithItsLineAndKeepsTheOthers() {
        ReadResult r = CatalogFile.read(Fixtures.path("catalog-files/broken-entries.json"));

        assertThat(r.catalogEntries()).extracting(CatalogEntry::code).containsExactly("ERR_ACME_1");
        assertThat(r.rejected())
                .extracting(Rejection::file, Rejection::line, Rejection::error)
                .containsExactly(
                        tuple("broken-entries.json", 8, CatalogError.ENTRY_INVALID),
                        tuple("broken-entries.json", 13, CatalogError.ENTRY_INVALID),
                        tuple("broken-entries.json", 16, CatalogError.ENTRY_INVALID),
                        tuple("broken-entries.json", 20, CatalogError.DUPLICATE_CODE),
                        tuple("broken-entries.json", 24, CatalogError.ENTRY_INVALID),
                        tuple("broken-entries.json", 29, CatalogError.ENTRY_INVALID));
        assertThat(r.rejected()).extracting(Rejection::reason).satisfiesExactly(
                reason -> assertThat(reason).contains("unknown field 'titel'"),
                reason -> assertThat(reason).contains("has no 'message'"),
                reason -> assertThat(reason).contains("'ACME-3' is not an error code"),
                reason -> assertThat(reason).contains("line 4"),
                reason -> assertThat(reason).contains("number 5"),
                reason -> assertThat(reason).contains("apocalyptic"));
    }

    @Test
    void rejectsAFileOfAnotherFormatWhole() {
        ReadResult r = CatalogFile.read(Fixtures.path("catalog-files/wrong-format.json"));

        assertThat(r.entries()).isEmpty();
        assertThat(r.rejected()).singleElement().satisfies(rej -> {
            assertThat(rej.error()).isEqualTo(CatalogError.CATALOG_FORMAT);
            assertThat(rej.reason()).contains("errdex-catalog/2").contains("errdex-catalog/1");
        });
    }

    @Test
    void rejectsAFileWithBrokenSyntaxWholeAtTheLineOfTheProblem() {
        ReadResult r = CatalogFile.read(Fixtures.path("catalog-files/syntax-error.yaml"));

        assertThat(r.entries()).isEmpty();
        assertThat(r.rejected()).singleElement().satisfies(rej -> {
            assertThat(rej.error()).isEqualTo(CatalogError.CATALOG_SYNTAX);
            assertThat(rej.line()).isBetween(4, 7);
        });
    }

    @Test
    void rejectsAFileThatIsNotJsonOrYamlByName() {
        ReadResult r = CatalogFile.read(Fixtures.path("docs-folder/README.md"));

        assertThat(r.rejected()).singleElement().extracting(Rejection::error).isEqualTo(CatalogError.IMPORT_SOURCE);
    }

    @ParameterizedTest
    @EnumSource(CatalogFormat.class)
    void writesAndReadsBackTheSameEntries(CatalogFormat format) {
        List<CatalogEntry> entries = CatalogFile.read(Fixtures.path("catalog-files/acme.yaml")).catalogEntries();

        String written = CatalogFile.write(entries, format);
        ReadResult back = read(written, format);

        assertThat(back.rejected()).isEmpty();
        assertThat(back.catalogEntries()).isEqualTo(entries);
    }

    @ParameterizedTest
    @EnumSource(CatalogFormat.class)
    void roundTripsTheWholeBundledCatalog(CatalogFormat format) {
        List<CatalogEntry> bundled = DefaultCatalog.load();

        ReadResult back = read(CatalogFile.write(bundled, format), format);

        assertThat(back.rejected()).isEmpty();
        assertThat(back.catalogEntries()).isEqualTo(bundled);
    }

    @Test
    void writesTheFormatFirstAndLeavesOutEmptyFields() {
        CatalogEntry bare = CatalogEntry.builder("ERR_ACME_9").title("Bare").message("Bare.").build();

        String yaml = CatalogFile.write(List.of(bare), CatalogFormat.YAML);

        assertThat(yaml).startsWith("format: errdex-catalog/1\n").doesNotContain("symptoms").doesNotContain("null");
    }

    private static ReadResult read(String text, CatalogFormat format) {
        return CatalogFile.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), format, "written");
    }
}
