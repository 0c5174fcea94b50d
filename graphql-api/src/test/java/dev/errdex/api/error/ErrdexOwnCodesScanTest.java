package dev.errdex.api.error;

import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.scan.Finding;
import dev.errdex.catalog.scan.FindingKind;
import dev.errdex.catalog.scan.ScanOptions;
import dev.errdex.catalog.scan.ScanReport;
import dev.errdex.catalog.scan.SourceScan;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dogfood: errdex's own sources, all five modules, scanned for {@code ERR_ERRDEX_} codes as {@code errdex scan ..
 * --namespace ERRDEX --code-numbers ...} would. errdex's codes are int constants of the enums implementing
 * {@code ErrdexCode} (their files are the code-number files), so each code's raise sites are the uses of its enum
 * constant. Every code raised must be in the bundled namespace and spelled canonically. A code raised at more than one
 * unrelated place fails the test unless it is in {@code scan/errdex-multiply-raised.txt}, the debt found when the
 * test was written, which may only shrink (a code listed there that is raised at one place fails it too, so the
 * list is kept exact).
 */
@Tag("database-free") // the same on every database: not re-run by the PostgreSQL build
class ErrdexOwnCodesScanTest {

    /** The error enums of every module (their file names; CODEOWNERS-style patterns). */
    static final String[] CODE_NUMBER_FILES = {"**/src/main/java/**/*Error.java",
            "**/src/main/java/**/*ErrorCode.java"};

    /** The repository: the parent of graphql-api, where the tests run. */
    static Path root() {
        Path root = Path.of("").toAbsolutePath().getParent();
        assertThat(root.resolve("catalog-core/pom.xml")).as("run from graphql-api").satisfies(Files::isRegularFile);
        return root;
    }

    /** The dogfood scan's options: namespace ERR_ERRDEX, the error enums as code-number files, the bundled codes. */
    static ScanOptions options() {
        return ScanOptions.namespace("ERRDEX").withCodeNumbersIn(CODE_NUMBER_FILES)
                .withCatalog(ErrdexCodeRegistry.entries().stream().map(CatalogEntry::code).toList());
    }

    static ScanReport scan() {
        return SourceScan.of(root(), options()).run();
    }

    @Test
    void everyErrdexCodeRaisedInTheSourceIsInTheBundledNamespaceAndRaisedAtOnePlace() {
        ScanReport report = scan();

        assertThat(report.raiseSites()).as("the scan finds errdex's raise sites").hasSizeGreaterThan(100);
        assertThat(report.findings(FindingKind.UNDOCUMENTED)).extracting(Finding::toString).isEmpty();
        // a range written for people in help text (ERR_ERRDEX_12xx) is not a code
        assertThat(report.findings(FindingKind.MALFORMED)).filteredOn(f -> !f.code().matches("ERR_ERRDEX_\\d+x+"))
                .extracting(Finding::toString).isEmpty();
    }

    @Test
    void noErrdexCodeBeyondTheKnownDebtIsRaisedAtMoreThanOnePlace() throws Exception {
        Set<String> known = new TreeSet<>();
        try (InputStream in = getClass().getResourceAsStream("/scan/errdex-multiply-raised.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    known.add(line.strip());
                }
            }
        }

        List<Finding> multiply = scan().findings(FindingKind.MULTIPLY_RAISED);

        assertThat(multiply).as("codes raised at more than one unrelated place, not in the known debt")
                .filteredOn(f -> !known.contains(f.code())).extracting(Finding::toString).isEmpty();
        assertThat(known).as("codes of the known debt now raised at one place: remove them from the list")
                .containsExactlyInAnyOrderElementsOf(multiply.stream().map(Finding::code).toList());
    }
}
