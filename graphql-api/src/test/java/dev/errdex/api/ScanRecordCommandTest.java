package dev.errdex.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.errdex.api.cli.CommandRunner;
import dev.errdex.api.cli.ErrdexCommands;
import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.SourceSite;
import dev.errdex.catalog.service.CatalogService;
import dev.errdex.catalog.testing.PostgresTestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code scan --record} runs in the started application and writes the raise sites and CODEOWNERS owners of the
 * fixture tree {@code scan-tree} into the configured catalog; the export, GraphQL {@code ErrorCode.sources}/{@code owner}
 * and the code's page then show them.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestDatabase.class, scope = TestResourceScope.GLOBAL)
class ScanRecordCommandTest {

    private static final String TREE = "src/test/resources/scan-tree";

    @Inject
    CommandRunner commands;

    @Inject
    CatalogService catalog;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return commands.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void recordWritesTheRaiseSitesAndOwnersIntoTheCatalogAndTheExportCarriesThem() {
        assertThat(run("import", TREE + "/acme-catalog.yaml", "--overwrite")).isZero();

        int status = run("scan", TREE, "--namespace", "ACME", "--record", "--check", "--format", "json",
                "--repo-url", "https://example.com/acme/app", "--ref", "main", "--by", "ci");

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(ErrdexCommands.FINDINGS);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("{").contains("\"format\" : \"errdex-scan/1\"");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("recorded ", "not in the catalog 0");
        CatalogEntry raisedOnce = catalog.find("ERR_ACME_1001").orElseThrow().entry();
        assertThat(raisedOnce.sources()).containsExactly(new SourceSite("src/main/java/acme/Widgets.java", 7,
                "Widgets.start", "https://example.com/acme/app/blob/main/src/main/java/acme/Widgets.java#L7"));
        assertThat(raisedOnce.owner()).isEqualTo("@acme/widgets");
        assertThat(catalog.find("ERR_ACME_1002").orElseThrow().entry().sources()).hasSize(2);
        assertThat(catalog.history("ERR_ACME_1001")).last().satisfies(h -> assertThat(h.by()).isEqualTo("ci"));

        assertThat(run("export", "yaml")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("sources:",
                "- path: src/main/java/acme/Widgets.java", "symbol: Widgets.start", "@acme/widgets");

        JsonNode code = GraphQLClient.post("errorCodeSources.graphql", Map.of("code", "ERR_ACME_1001"))
                .path("data").path("errorCode");
        assertThat(code.path("owner").asText()).isEqualTo("@acme/widgets");
        assertThat(code.path("sourcesPinned").asBoolean()).isFalse();
        assertThat(code.path("sources")).singleElement().satisfies(site -> {
            assertThat(site.path("path").asText()).isEqualTo("src/main/java/acme/Widgets.java");
            assertThat(site.path("line").asInt()).isEqualTo(7);
            assertThat(site.path("symbol").asText()).isEqualTo("Widgets.start");
            assertThat(site.path("url").asText()).endsWith("/blob/main/src/main/java/acme/Widgets.java#L7");
        });
    }

    @Test
    void theCodePageShowsWhereTheCodeIsRaisedWithLinksAndTheOwningTeamEscaped() {
        catalog.upsert(CatalogEntry.builder("ERR_ACME_1099").message("Raised in two places.")
                .sources(List.of(new SourceSite("src/a<b>.java", 3, "A.run", "https://example.com/a#L3"),
                        new SourceSite("src/B.java", 9, "", "javascript:alert(1)")))
                .owner("@acme/<script>alert(1)</script>").build(), "alice");

        String html = given().when().get("/errors/ERR_ACME_1099").then().statusCode(200).extract().asString();

        assertThat(html).contains("<h2 id=\"raised\">Raised at</h2>",
                "<a href=\"https://example.com/a#L3\" rel=\"nofollow\"><code>src/a&lt;b&gt;.java:3</code></a> in <code>A.run</code>",
                "<code>src/B.java:9</code>", "Owned by <strong>@acme/&lt;script&gt;alert(1)&lt;/script&gt;</strong>")
                .doesNotContain("javascript:alert", "<script>alert");
    }
}
