package dev.errdex.catalog.scan;

import dev.errdex.catalog.CatalogException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OwnersAndLinksTest {

    @Test
    void theLastMatchingCodeownersRuleWins() {
        CodeOwners owners = CodeOwners.parse("""
                # default
                *                @acme/core
                *.go             @acme/go-team
                /billing/        @acme/billing @alice
                billing/legacy/  # nobody
                docs/*           docs@acme.example
                """, "CODEOWNERS");

        assertThat(owners.ownersOf("main.go")).containsExactly("@acme/go-team");
        assertThat(owners.ownersOf("billing/pay/pay.go")).containsExactly("@acme/billing", "@alice");
        assertThat(owners.ownersOf("billing/legacy/old.go")).isEmpty();
        assertThat(owners.ownersOf("src/billing/x.go")).containsExactly("@acme/go-team");
        assertThat(owners.ownersOf("docs/a.py")).containsExactly("docs@acme.example");
        assertThat(owners.ownersOf("docs/sub/a.py")).containsExactly("@acme/core");
    }

    @Test
    void eachSiteGetsTheOwnerFromTheTreesCodeownersAndAWebLink(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve(".github"));
        Files.createDirectories(root.resolve("pay dir"));
        Files.writeString(root.resolve(".github/CODEOWNERS"), "* @acme/core\n/pay\\ dir/ @acme/billing\n");
        Files.writeString(root.resolve("pay dir/pay.go"), "package pay\n\nfunc F() error { return E(\"ERR_ACME_5\") }\n");

        ScanReport report = SourceScan.of(root, ScanOptions.namespace("ACME")
                .withRepository("https://github.com/acme/app/", "main")).run();

        assertThat(report.ownersSource()).contains(".github/CODEOWNERS");
        assertThat(report.sites()).singleElement().satisfies(s -> {
            assertThat(s.owner()).isEqualTo("@acme/billing");
            assertThat(s.url()).isEqualTo("https://github.com/acme/app/blob/main/pay%20dir/pay.go#L3");
            assertThat(s.symbol()).isEqualTo("F");
        });
    }

    @Test
    void aRepositoryLinkNeedsAnHttpUrlAndARef() {
        assertThatThrownBy(() -> new RepoLinks("git@github.com:acme/app.git", "main"))
                .isInstanceOf(CatalogException.class).hasMessageContaining("ERR_ERRDEX_1072");
        assertThatThrownBy(() -> new RepoLinks("https://github.com/acme/app", " "))
                .isInstanceOf(CatalogException.class);
    }
}
