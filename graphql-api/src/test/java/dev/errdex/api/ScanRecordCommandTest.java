package dev.errdex.api;

import dev.errdex.catalog.testing.PostgresTestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code scan --record} starts the application and writes the raise sites and CODEOWNERS owners of the fixture tree
 * {@code scan-tree} into the configured catalog; the export then carries them.
 */
@QuarkusMainTest
@WithTestResource(value = PostgresTestDatabase.class, scope = TestResourceScope.GLOBAL)
class ScanRecordCommandTest {

    private static final String TREE = "src/test/resources/scan-tree";

    @Test
    void recordWritesTheRaiseSitesAndOwnersIntoTheCatalogAndTheExportCarriesThem(QuarkusMainLauncher launcher) {
        assertThat(launcher.launch("import", TREE + "/acme-catalog.yaml").exitCode()).isZero();

        LaunchResult recorded = launcher.launch("scan", TREE, "--namespace", "ACME", "--record", "--check",
                "--format", "json", "--repo-url", "https://example.com/acme/app", "--ref", "main", "--by", "ci");
        LaunchResult exported = launcher.launch("export", "yaml");

        assertThat(recorded.exitCode()).as(recorded.getErrorOutput()).isEqualTo(4);
        assertThat(recorded.getErrorOutput()).contains("recorded 2, unchanged 1, kept (pinned) 0, not in the catalog 0");
        assertThat(exported.getOutput()).contains("""
                    sources:
                      - path: src/main/java/acme/Widgets.java
                        line: 7
                        symbol: Widgets.start
                        url: https://example.com/acme/app/blob/main/src/main/java/acme/Widgets.java#L7
                    owner: '@acme/widgets'""");
    }
}
