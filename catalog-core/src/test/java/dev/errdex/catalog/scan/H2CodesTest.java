package dev.errdex.catalog.scan;

import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.io.JavaConstantsReader;
import dev.errdex.catalog.io.ReadResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real second vendor: H2's error codes, imported from {@code org/h2/api/ErrorCode.java} of the H2 sources jar that
 * the build unpacks into {@code target/h2-sources}, with the English messages of the H2 jar on the test classpath, and
 * H2's sources scanned for where each code is raised.
 */
@Tag("database-free") // the same on every database: not re-run by the PostgreSQL build
class H2CodesTest {

    static final Path SOURCES = Path.of("target/h2-sources");
    static final String ERROR_CODE_FILE = "**/org/h2/api/ErrorCode.java";

    private static ReadResult imported;
    private static ScanReport scan;

    @BeforeAll
    static void importAndScan() throws IOException {
        imported = JavaConstantsReader.namespace("H2").withMessages(h2Messages())
                .withDocsUrl("https://h2database.com/javadoc/org/h2/api/ErrorCode.html#c{number}")
                .read(SOURCES.resolve("org/h2/api/ErrorCode.java"));
        scan = SourceScan.of(SOURCES, ScanOptions.namespace("H2").withCodeNumbersIn(ERROR_CODE_FILE)
                .withCatalogEntries(imported.entries())).run();
    }

    /** H2's English messages ({@code org/h2/res/_messages_en.prop} inside the jar's {@code data.zip}). */
    static Map<String, String> h2Messages() throws IOException {
        try (InputStream data = H2CodesTest.class.getClassLoader().getResourceAsStream("org/h2/util/data.zip");
             ZipInputStream zip = new ZipInputStream(data)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("org/h2/res/_messages_en.prop")) {
                    Properties p = new Properties();
                    p.load(new StringReader(new String(zip.readAllBytes(), StandardCharsets.UTF_8)));
                    Map<String, String> messages = new HashMap<>();
                    p.forEach((k, v) -> messages.put((String) k, (String) v));
                    return messages;
                }
            }
        }
        throw new IllegalStateException("no English messages in H2's data.zip");
    }

    @Test
    void importsEveryDocumentedCodeOfH2sErrorCodeClassInNamespaceErrH2() {
        assertThat(Files.isRegularFile(SOURCES.resolve("org/h2/api/ErrorCode.java"))).isTrue();
        assertThat(imported.rejected()).isEmpty();
        // 203 constants, two of them deprecated aliases of others (USER_DATA_TYPE_* = DOMAIN_*)
        assertThat(imported.entries()).hasSize(201);
        assertThat(imported.catalogEntries()).allSatisfy(e -> {
            assertThat(e.namespace()).isEqualTo("ERR_H2");
            assertThat(e.message()).isNotBlank();
            assertThat(e.title()).isNotBlank();
        });
    }

    @Test
    void anH2EntryHasItsMessageExplanationAndExample() {
        CatalogEntry duplicateKey = imported.catalogEntries().stream()
                .filter(e -> e.code().equals("ERR_H2_23505")).findFirst().orElseThrow();

        assertThat(duplicateKey.message()).isEqualTo("Unique index or primary key violation: `ARG0`");
        assertThat(duplicateKey.placeholders()).containsExactly("ARG0");
        assertThat(duplicateKey.fixGuide().summary())
                .startsWith("The error with code `23505` is thrown when trying to insert a row")
                .contains("Example:\n\n```\nCREATE TABLE TEST(ID INT PRIMARY KEY);\nINSERT INTO TEST VALUES(1);");
        assertThat(duplicateKey.sourceLocation()).isEqualTo("ErrorCode.java:" + lineOf("DUPLICATE_KEY_1 =")
                + " (DUPLICATE_KEY_1)");
        assertThat(duplicateKey.docsUrl()).endsWith("ErrorCode.html#c23505");
    }

    @Test
    void aCodeH2KeysBySqlStateGetsH2sMessageThroughTheClasssOwnMapping() {
        // ErrorCode.getState: case TABLE_OR_VIEW_NOT_FOUND_1: return "42S02"; _messages_en.prop: 42S02=Table {0} not found
        CatalogEntry tableNotFound = imported.catalogEntries().stream()
                .filter(e -> e.code().equals("ERR_H2_42102")).findFirst().orElseThrow();
        CatalogEntry columnNotFound = imported.catalogEntries().stream()
                .filter(e -> e.code().equals("ERR_H2_42122")).findFirst().orElseThrow();

        assertThat(tableNotFound.message()).isEqualTo("Table `ARG0` not found");
        assertThat(columnNotFound.message()).isEqualTo("Column `ARG0` not found");
    }

    @Test
    void scanningH2LinksNearlyEveryCodeAndSaysWhichAreRaisedInManyPlaces() {
        long linked = scan.codes().stream().filter(c -> c.raiseSites() > 0).count();
        int dead = scan.findings(FindingKind.DEAD).size();
        int multiply = scan.findings(FindingKind.MULTIPLY_RAISED).size();
        ScanReport.CodeSummary mostRaised = scan.codes().stream()
                .max(java.util.Comparator.comparingInt(ScanReport.CodeSummary::places)).orElseThrow();

        assertThat(scan.stats().sourceFiles()).isEqualTo(842);
        assertThat(linked + dead).isEqualTo(201);
        assertThat(linked).isEqualTo(200);
        assertThat(dead).isEqualTo(1);
        assertThat(multiply).isEqualTo(111);
        assertThat(scan.findings(FindingKind.UNDOCUMENTED)).isEmpty();
        // "H2 raises some codes in dozens of places"
        assertThat(mostRaised.code()).isEqualTo("ERR_H2_22018");
        assertThat(mostRaised.places()).isGreaterThanOrEqualTo(24);
    }

    @Test
    void aComparisonWithAnH2CodeIsACheckNotARaise() {
        // Engine: if (e.getErrorCode() == ErrorCode.WRONG_USER_OR_PASSWORD) ...
        assertThat(scan.sites("ERR_H2_28000")).filteredOn(s -> s.path().endsWith("engine/Engine.java"))
                .extracting(CodeSite::kind).contains(SiteKind.CHECK);
    }

    private static int lineOf(String text) {
        try {
            var lines = Files.readAllLines(SOURCES.resolve("org/h2/api/ErrorCode.java"));
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new IllegalStateException(text);
    }
}
