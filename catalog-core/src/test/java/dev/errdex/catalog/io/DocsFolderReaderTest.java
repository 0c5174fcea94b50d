package dev.errdex.catalog.io;

import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.CatalogError;
import dev.errdex.catalog.testing.Fixtures;
import dev.errdex.catalog.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class DocsFolderReaderTest {

    private static ReadResult folder;
    private static Map<String, CatalogEntry> byCode;

    @BeforeAll
    static void readFixtureFolder() {
        folder = DocsFolderReader.read(Fixtures.path("docs-folder"));
        byCode = folder.catalogEntries().stream().collect(Collectors.toMap(CatalogEntry::code, Function.identity()));
    }

    @Test
    void importsTheGoodPagesAndRejectsEachMalformedOneWithFileLineAndCode() {
        assertThat(byCode).containsOnlyKeys("ERR_ACME_1", "ERR_ACME_2", "ERR_ACME_3");
        assertThat(folder.rejected())
                .extracting(Rejection::file, Rejection::line, Rejection::error)
                .containsExactlyInAnyOrder(
                        tuple("bad-category.mdx", 3, CatalogError.FRONT_MATTER_INVALID),
                        tuple("bad-code.mdx", 5, CatalogError.NOT_A_CODE),
                        tuple("bad-yaml.mdx", 3, CatalogError.FRONT_MATTER_INVALID),
                        tuple("empty-message.mdx", 5, CatalogError.NO_MESSAGE),
                        tuple("err_acme_15.mdx", 5, CatalogError.CODE_MISMATCH),
                        tuple("latin1.mdx", 1, CatalogError.UNREADABLE_FILE),
                        tuple("no-front-matter.mdx", 1, CatalogError.NO_FRONT_MATTER),
                        tuple("no-heading.mdx", 4, CatalogError.NO_CODE_HEADING),
                        tuple("unclosed-front-matter.mdx", 1, CatalogError.FRONT_MATTER_NOT_CLOSED),
                        tuple("zz-copy-of-acme-1.mdx", 5, CatalogError.DUPLICATE_CODE));
    }

    @Test
    void rejectionsSayWhatIsWrong() {
        assertThat(folder.rejected()).allSatisfy(r -> assertThat(r.reason()).isNotBlank());
        assertThat(folder.rejected()).filteredOn(r -> r.file().equals("err_acme_15.mdx")).singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("ERR_ACME_16").contains("err_acme_15.mdx"));
        assertThat(folder.rejected()).filteredOn(r -> r.file().equals("bad-category.mdx")).singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("gardening").contains("traffic-policy"));
        assertThat(folder.rejected()).filteredOn(r -> r.file().equals("zz-copy-of-acme-1.mdx")).singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("err_acme_1.mdx"));
    }

    @Test
    void readsMessageWithPlaceholdersUpToTheNextHeading() {
        CatalogEntry e = byCode.get("ERR_ACME_1");

        assertThat(e.message()).isEqualTo("The widget service at `ADDR` did not answer within `SECONDS` seconds.\n"
                + "Check that it runs.");
        assertThat(e.placeholders()).containsExactly("ADDR", "SECONDS");
        assertThat(e.namespace()).isEqualTo("ERR_ACME");
        assertThat(e.number()).isEqualTo(1);
    }

    @Test
    void turnsGuideSectionsIntoSummaryCausesAndStepsAndIgnoresFurtherHelp() {
        var guide = byCode.get("ERR_ACME_1").fixGuide();

        assertThat(guide.summary()).contains("stayed silent").doesNotContain("help@acme.example");
        assertThat(guide.causes()).containsExactly("The widget service is stopped.",
                "A firewall drops packets to `ADDR`.");
        assertThat(guide.steps()).containsExactly(
                "Start the service: `widgetctl start`.",
                "Open the port in the firewall: on Linux with `ufw allow 8080`; on macOS in System Settings",
                "Retry the request.",
                "Run `widgetctl status` first.");
    }

    @Test
    void takesTheCodeOfAMessagePageFromItsTitleAndErrdexFieldsFromFrontMatter() {
        CatalogEntry e = byCode.get("ERR_ACME_2");

        assertThat(e.message()).isEqualTo("Policy rule `RULE` is shadowed by an earlier rule.");
        assertThat(e.category()).isEqualTo("traffic-policy");
        assertThat(e.severity()).isEqualTo(CatalogEntry.Severity.WARNING);
        assertThat(e.symptoms()).containsExactly("my rules are ignored");
        assertThat(e.related()).containsExactly("ERR_ACME_1");
        assertThat(e.fixGuide()).isNull();
    }

    @Test
    void usesAMeaningfulFrontMatterTitleButDerivesOneWhereTheTitleIsJustTheNumber() {
        assertThat(byCode.get("ERR_ACME_3").title()).isEqualTo("Rollout paused by the operator");
        assertThat(byCode.get("ERR_ACME_1").title())
                .isEqualTo("The widget service at `ADDR` did not answer within `SECONDS` seconds");
    }

    @Test
    void derivesMissingCategoryAndOwnerFromTheMessageOutsideNgrokRanges() {
        CatalogEntry e = byCode.get("ERR_ACME_1");

        assertThat(e.category()).isEqualTo("other");
        assertThat(e.docsUrl()).isNull();
        assertThat(e.severity()).isEqualTo(CatalogEntry.Severity.ERROR);
    }

    @Test
    void readsAPageGivenAsText() {
        ReadResult r = DocsFolderReader.readPage("err_ngrok_99999.mdx",
                "---\ntitle: Error 99999\n---\n## ERR_NGROK_99999\nThe tunnel `URL` is offline.\n");

        assertThat(r.rejected()).isEmpty();
        CatalogEntry e = r.entries().get(0).entry();
        assertThat(e.code()).isEqualTo("ERR_NGROK_99999");
        assertThat(e.docsUrl()).isEqualTo("https://ngrok.com/docs/errors/err_ngrok_99999/");
        assertThat(e.category()).isEqualTo("endpoints");
        assertThat(r.entries().get(0).line()).isEqualTo(4);
    }

    @Test
    void importsEveryPageOfTheSharedNgrokReference() {
        ReadResult shared = DocsFolderReader.read(SharedData.ngrokDocsErrors());

        assertThat(shared.rejected()).isEmpty();
        assertThat(shared.entries()).hasSize(1608);
        assertThat(shared.catalogEntries()).allSatisfy(e -> {
            assertThat(e.namespace()).isEqualTo("ERR_NGROK");
            assertThat(e.message()).isNotBlank().doesNotContain("Further help");
            assertThat(e.title()).isNotBlank().hasSizeLessThanOrEqualTo(90);
            assertThat(e.category()).isNotEqualTo("other");
        });
    }
}
