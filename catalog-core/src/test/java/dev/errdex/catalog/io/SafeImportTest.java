package dev.errdex.catalog.io;

import dev.errdex.catalog.CatalogError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** What an import must not read: links out of the folder, files over the limit, YAML anchors and aliases. */
class SafeImportTest {

    private static final String PAGE = """
            ---
            title: Error %s
            ---
            ## %s
            The widget broke.
            """;

    @Test
    void aPageLinkingOutsideTheFolderIsRejectedUnreadAndNothingOfItReachesTheReport(@TempDir Path tmp)
            throws IOException {
        Path folder = Files.createDirectory(tmp.resolve("docs"));
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "root:x:0:0:the secret first line\n");
        Files.writeString(folder.resolve("err_acme_1.mdx"), PAGE.formatted("ERR_ACME_1", "ERR_ACME_1"));
        Files.createSymbolicLink(folder.resolve("passwd.mdx"), secret);
        Path inside = Files.writeString(folder.resolve("_page.txt"), PAGE.formatted("ERR_ACME_2", "ERR_ACME_2"));
        Files.createSymbolicLink(folder.resolve("err_acme_2.mdx"), inside);

        ReadResult r = DocsFolderReader.read(folder);

        assertThat(r.catalogEntries()).extracting(e -> e.code()).containsExactly("ERR_ACME_1", "ERR_ACME_2");
        assertThat(r.rejected()).extracting(Rejection::file, Rejection::line, Rejection::error)
                .containsExactly(tuple("passwd.mdx", 1, CatalogError.LINK_OUTSIDE_ROOT));
        assertThat(r.rejected().toString()).doesNotContain("root:x").doesNotContain("secret first line");
    }

    @Test
    void aCatalogFileOverTheLimitIsRejectedWholeWithItsCode(@TempDir Path tmp) throws IOException {
        String catalog = "{\"format\": \"errdex-catalog/1\", \"entries\": [{\"code\": \"ERR_ACME_1\", \"message\":"
                + " \"" + "x".repeat(2_000) + "\"}]}";
        Path file = Files.writeString(tmp.resolve("big.json"), catalog);

        ReadResult fromFile = CatalogFile.read(file, 1_000);
        ReadResult fromStream = CatalogFile.read(new ByteArrayInputStream(catalog.getBytes(StandardCharsets.UTF_8)),
                CatalogFormat.JSON, "content", 1_000);

        for (ReadResult r : new ReadResult[] {fromFile, fromStream}) {
            assertThat(r.entries()).isEmpty();
            assertThat(r.rejected()).singleElement().satisfies(rej -> {
                assertThat(rej.error()).isEqualTo(CatalogError.FILE_TOO_LARGE);
                assertThat(rej.reason()).contains("1000 bytes");
            });
        }
        assertThat(CatalogFile.read(file, 10_000).catalogEntries()).hasSize(1);
    }

    @Test
    void aDocsPageOverTheLimitIsRejectedAndTheOthersAreRead(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("err_acme_1.mdx"), PAGE.formatted("ERR_ACME_1", "ERR_ACME_1"));
        Files.writeString(tmp.resolve("err_acme_2.mdx"), PAGE.formatted("ERR_ACME_2", "ERR_ACME_2")
                + "y".repeat(5_000));

        ReadResult r = DocsFolderReader.read(tmp, 1_000);

        assertThat(r.catalogEntries()).extracting(e -> e.code()).containsExactly("ERR_ACME_1");
        assertThat(r.rejected()).extracting(Rejection::file, Rejection::error)
                .containsExactly(tuple("err_acme_2.mdx", CatalogError.FILE_TOO_LARGE));
    }

    @Test
    void yamlAnchorsAndAliasesAreRefusedWithTheirLine() {
        String yaml = """
                format: errdex-catalog/1
                entries:
                  - code: ERR_ACME_1
                    message: &msg The widget broke.
                  - code: ERR_ACME_2
                    message: *msg
                """;
        ReadResult r = CatalogFile.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
                CatalogFormat.YAML, "aliases.yaml");

        assertThat(r.entries()).isEmpty();
        assertThat(r.rejected()).extracting(Rejection::file, Rejection::line, Rejection::error)
                .containsExactly(tuple("aliases.yaml", 4, CatalogError.YAML_ANCHOR));
    }

    @Test
    void anAliasAloneIsRefusedToo() {
        String yaml = "format: errdex-catalog/1\nentries:\n  - code: ERR_ACME_1\n    message: *undefined\n";
        ReadResult r = CatalogFile.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
                CatalogFormat.YAML, "alias.yaml");
        assertThat(r.entries()).isEmpty();
        assertThat(r.rejected()).singleElement().satisfies(rej -> assertThat(rej.error())
                .isIn(CatalogError.YAML_ANCHOR, CatalogError.CATALOG_SYNTAX));
    }

    @Test
    void frontMatterAnchorsAreRefusedWithTheirLineInThePage() {
        ReadResult r = DocsFolderReader.readPage("err_acme_1.mdx", """
                ---
                title: Error ERR_ACME_1
                symptoms: &s ["widgets time out"]
                keywords: *s
                ---
                ## ERR_ACME_1
                The widget broke.
                """);
        assertThat(r.entries()).isEmpty();
        assertThat(r.rejected()).extracting(Rejection::line, Rejection::error)
                .containsExactly(tuple(3, CatalogError.YAML_ANCHOR));
    }

    @Test
    void aGuideOverlayWithAnAliasIsInvalid() {
        String overlay = "format: errdex-guides/1\nguides:\n  ERR_ACME_1: &g\n    summary: s\n  ERR_ACME_2: *g\n";
        assertThatThrownBy(() -> GuideOverlay.read("aliases.yaml",
                new ByteArrayInputStream(overlay.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("line 3").hasMessageContaining("ERR_ERRDEX_1014");
    }
}
