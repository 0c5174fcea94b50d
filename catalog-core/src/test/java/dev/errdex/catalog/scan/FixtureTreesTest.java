package dev.errdex.catalog.scan;

import dev.errdex.catalog.testing.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One small tree per language under {@code scan/<language>}, each with: ERR_ACME_1001 raised as a literal, the
 * constant for ERR_ACME_1002 defined once and used in two functions, ERR_ACME_1003 commented out, ERR_ACME_1004 only
 * in a test, and ERR_ACME_1099 in a vendored folder.
 */
class FixtureTreesTest {

    private static ScanReport scan(String language) {
        return SourceScan.of(Fixtures.path("scan/" + language), ScanOptions.namespace("ERR_ACME")).run();
    }

    private static List<SiteKind> kinds(ScanReport report, String code) {
        return report.sites(code).stream().map(CodeSite::kind).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"java", "kotlin", "go", "typescript", "python", "rust", "csharp"})
    void aLiteralInCodeIsARaiseSiteInItsFunction(String language) {
        ScanReport report = scan(language);

        assertThat(report.sites("ERR_ACME_1001")).filteredOn(s -> s.kind() == SiteKind.RAISE).singleElement()
                .satisfies(s -> {
                    assertThat(s.path()).contains("idgets");
                    assertThat(s.symbol()).containsIgnoringCase("start");
                    assertThat(s.language()).isEqualTo(language);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"java", "kotlin", "go", "typescript", "python", "rust", "csharp"})
    void aConstantDefinedOnceHasItsUsesAsRaiseSitesAcrossFiles(String language) {
        ScanReport report = scan(language);

        List<CodeSite> sites = report.sites("ERR_ACME_1002");
        assertThat(sites).filteredOn(s -> s.kind() == SiteKind.DEFINITION).singleElement()
                .satisfies(s -> assertThat(s.path()).containsIgnoringCase("codes"));
        assertThat(sites).filteredOn(s -> s.kind() == SiteKind.RAISE).hasSize(2)
                .allSatisfy(s -> assertThat(s.constant()).isNotNull());
        assertThat(report.findings(FindingKind.MULTIPLY_RAISED)).singleElement()
                .satisfies(f -> {
                    assertThat(f.code()).isEqualTo("ERR_ACME_1002");
                    assertThat(f.sites()).hasSize(2);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"java", "kotlin", "go", "typescript", "python", "rust", "csharp"})
    void aCommentedOutCodeIsReportedApartNotRaised(String language) {
        assertThat(kinds(scan(language), "ERR_ACME_1003")).containsExactly(SiteKind.COMMENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"java", "kotlin", "go", "typescript", "python", "rust", "csharp"})
    void aTestOnlyCodeIsReportedApartNotRaised(String language) {
        assertThat(kinds(scan(language), "ERR_ACME_1004")).isNotEmpty().containsOnly(SiteKind.TEST);
    }

    @org.junit.jupiter.api.Test
    void aRustInlineTestModuleIsTestCode() {
        assertThat(scan("rust").sites("ERR_ACME_1004")).extracting(CodeSite::path, CodeSite::kind)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("src/widgets.rs", SiteKind.TEST),
                        org.assertj.core.groups.Tuple.tuple("tests/widgets.rs", SiteKind.TEST));
    }

    @ParameterizedTest
    @ValueSource(strings = {"java", "kotlin", "go", "typescript", "python", "rust", "csharp"})
    void aVendoredFolderIsNotEntered(String language) {
        ScanReport report = scan(language);

        assertThat(report.sites("ERR_ACME_1099")).isEmpty();
        assertThat(report.stats().skippedFolders()).isGreaterThanOrEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"java", "kotlin", "go", "typescript", "python", "rust", "csharp"})
    void onlyTheConstantsCodeIsMultiplyRaised(String language) {
        assertThat(scan(language).codes()).filteredOn(c -> c.places() > 1)
                .extracting(ScanReport.CodeSummary::code).containsExactly("ERR_ACME_1002");
    }

    @org.junit.jupiter.api.Test
    void aComparedCodeIsACheckAndAWronglySpelledOneIsMalformed() {
        ScanReport report = scan("java");

        assertThat(kinds(report, "ERR_ACME_1001")).containsExactlyInAnyOrder(SiteKind.RAISE, SiteKind.CHECK);
        assertThat(report.findings(FindingKind.MALFORMED)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("err-acme-1005");
            assertThat(f.location()).isEqualTo("src/main/java/acme/Widgets.java:22");
            assertThat(f.message()).contains("ERR_ACME_1005");
        });
    }
}
