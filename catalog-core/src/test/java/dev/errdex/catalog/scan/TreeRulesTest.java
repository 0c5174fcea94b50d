package dev.errdex.catalog.scan;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Which files a scan reads: .gitignore rules, vendored folders, binaries, the size cap. */
class TreeRulesTest {

    @TempDir
    Path root;

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** Writes a source file raising a code named after its path, so the report tells which files were read. */
    private void source(String path, int number) throws IOException {
        write(path, "fn f() { raise(\"ERR_ACME_" + number + "\"); }\n");
    }

    private java.util.Set<String> scannedPaths() {
        return SourceScan.of(root, ScanOptions.namespace("ERR_ACME")).run().sites().stream().map(CodeSite::path)
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void gitignoreGlobsFolderPatternsNegationAndAnchoredPathsAreHonoured() throws IOException {
        write(".gitignore", """
                # generated clients
                *.gen.rs
                !keep.gen.rs
                out/
                /top.rs
                docs/**/draft_*.rs
                """);
        source("a.rs", 1);
        source("b.gen.rs", 2);
        source("keep.gen.rs", 3);
        source("out/c.rs", 4);
        source("src/out/d.rs", 5);
        source("top.rs", 6);
        source("src/top.rs", 7);
        source("docs/x/y/draft_1.rs", 8);
        source("docs/final.rs", 9);

        assertThat(scannedPaths()).containsExactlyInAnyOrder("a.rs", "keep.gen.rs", "src/top.rs", "docs/final.rs");
    }

    @Test
    void aNestedGitignoreAppliesBelowItsFolderAndOverridesItsParent() throws IOException {
        write(".gitignore", "*.tmp.rs\n");
        write("lib/.gitignore", "!*.tmp.rs\nlocal_*.rs\n");
        source("x.tmp.rs", 1);
        source("lib/y.tmp.rs", 2);
        source("lib/local_z.rs", 3);
        source("local_w.rs", 4);

        assertThat(scannedPaths()).containsExactlyInAnyOrder("lib/y.tmp.rs", "local_w.rs");
    }

    @Test
    void vendoredGeneratedAndHiddenFoldersAreNotEntered() throws IOException {
        source("src/a.rs", 1);
        for (String folder : new String[] {"vendor", "node_modules", "third_party", "target", "build", "dist",
                "generated", ".git", ".cache"}) {
            source("src/" + folder + "/x.rs", 2);
        }

        assertThat(scannedPaths()).containsExactly("src/a.rs");
    }

    @Test
    void binariesAndFilesOverTheSizeCapAreSkipped() throws IOException {
        source("a.rs", 1);
        Files.write(root.resolve("blob.rs"), new byte[] {'"', 'E', 'R', 'R', '_', 'A', 'C', 'M', 'E', '_', '2', '"',
            0, 1, 2});
        write("big.rs", "// " + "x".repeat(5000) + "\nfn f() { raise(\"ERR_ACME_3\"); }\n");

        ScanReport report = SourceScan.of(root, ScanOptions.namespace("ERR_ACME").withMaxFileBytes(4096)).run();

        assertThat(report.sites()).extracting(CodeSite::path).containsExactly("a.rs");
        assertThat(report.stats().binaryFiles()).isEqualTo(1);
        assertThat(report.stats().largeFiles()).isEqualTo(1);
    }
}
