package dev.errdex.api.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import dev.errdex.api.GraphQLClient;
import dev.errdex.api.error.ErrdexCodeRegistry;
import dev.errdex.triage.index.IndexRuntime;
import dev.errdex.catalog.testing.PostgresTestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

@QuarkusTest
@WithTestResource(value = PostgresTestDatabase.class, scope = TestResourceScope.GLOBAL)
class CatalogGraphQLTest {

    private static final String EDITOR = "test-editor-key";
    private static final String AGENT = "test-agent-key";

    @Inject
    SessionFactory sessions;

    @Inject
    IndexRuntime search;

    @Test
    void listingAHundredCodesWithTheirRelatedCodesCostsABoundedNumberOfStatements() {
        var stats = sessions.getStatistics();
        stats.setStatisticsEnabled(true);
        stats.clear();

        JsonNode page = GraphQLClient.post("relatedPage.graphql",
                Map.of("first", 100, "filter", Map.of("category", "agent")));

        long statements = stats.getPrepareStatementCount();
        JsonNode edges = page.path("data").path("errorCodes").path("edges");
        assertThat(edges).as("%s", page).hasSize(100);
        long withRelated = 0;
        for (JsonNode e : edges) {
            JsonNode node = e.path("node");
            assertThat(node.path("related").size()).isLessThanOrEqualTo(node.path("relatedCodes").size());
            withRelated += node.path("related").isEmpty() ? 0 : 1;
        }
        assertThat(withRelated).as("codes of the page that have related codes").isPositive();
        // count + page + one batch for all related codes (+ history tables untouched): not 1 + 100
        assertThat(statements).as("SQL statements for the page").isLessThanOrEqualTo(4);
    }

    @Test
    void categoriesCountTheirCodesIncludingErrdexOwn() {
        JsonNode categories = GraphQLClient.post("categories.graphql", Map.of()).path("data").path("categories");
        assertThat(categories).anySatisfy(c -> {
            assertThat(c.path("id").asText()).isEqualTo("errdex");
            assertThat(c.path("count").asLong()).isGreaterThanOrEqualTo(ErrdexCodeRegistry.entries().size());
        });
        assertThat(categories).anySatisfy(c -> assertThat(c.path("id").asText()).isEqualTo("traffic-policy"));
    }

    @Test
    void errdexOwnCodesAreANamespaceOfTheCatalog() {
        JsonNode page = GraphQLClient.post("relatedPage.graphql",
                Map.of("first", 200, "filter", Map.of("namespace", "ERR_ERRDEX"))).path("data").path("errorCodes");
        assertThat(page.path("totalCount").asInt()).isEqualTo(ErrdexCodeRegistry.entries().size());
        assertThat(page.path("edges")).extracting(e -> e.path("node").path("code").asText())
                .contains("ERR_ERRDEX_1040", "ERR_ERRDEX_1301", "ERR_ERRDEX_1310", "ERR_ERRDEX_1281");
    }

    @Test
    void mutationWithoutKeyFailsWithKeyMissingCode() {
        JsonNode r = GraphQLClient.post("upsert.graphql", Map.of("input", input("ERR_APITEST_1", "Nope.")), null);
        assertThat(r.path("errors").path(0).path("extensions").path("code").asText()).isEqualTo("ERR_ERRDEX_1301");
        assertThat(r.path("errors").path(0).path("message").asText()).startsWith("ERR_ERRDEX_1301: ")
                .contains("Authorization: Bearer");
        assertThat(r.toString()).doesNotContain("at dev.errdex").doesNotContain("java.");
    }

    @Test
    void mutationWithAgentKeyIsForbidden() {
        JsonNode r = GraphQLClient.post("upsert.graphql", Map.of("input", input("ERR_APITEST_2", "Nope.")), AGENT);
        assertThat(r.path("errors").path(0).path("extensions").path("code").asText()).isEqualTo("ERR_ERRDEX_1303");
    }

    @Test
    void editsBumpTheRevisionAndKeepHistoryUnderTheKeysPrincipal() {
        JsonNode created = GraphQLClient.post("upsert.graphql",
                Map.of("input", input("err-apitest-10", "The widget `NAME` broke.")), EDITOR)
                .path("data").path("upsertErrorCode");
        assertThat(created.path("code").asText()).isEqualTo("ERR_APITEST_10");
        assertThat(created.path("revision").asInt()).isEqualTo(1);
        assertThat(created.path("updatedBy").asText()).isEqualTo("key:configured-editor-2");

        JsonNode guided = GraphQLClient.post("updateFixGuide.graphql", Map.of("code", "ERR_APITEST_10",
                "guide", Map.of("summary", "The widget broke.", "steps", List.of("Restart the widget."))), EDITOR)
                .path("data").path("updateFixGuide");
        assertThat(guided.path("revision").asInt()).isEqualTo(2);
        assertThat(guided.path("fixGuide").path("steps").path(0).asText()).isEqualTo("Restart the widget.");

        GraphQLClient.post("upsert.graphql", Map.of("input", input("ERR_APITEST_11", "The gadget broke.")), EDITOR);
        JsonNode deprecated = GraphQLClient.post("deprecate.graphql",
                Map.of("code", "ERR_APITEST_10", "replacedBy", "err_apitest_11"), EDITOR)
                .path("data").path("deprecateErrorCode");
        assertThat(deprecated.path("status").asText()).isEqualTo("DEPRECATED");
        assertThat(deprecated.path("replacedBy").asText()).isEqualTo("ERR_APITEST_11");

        JsonNode history = GraphQLClient.post("history.graphql", Map.of("code", "ERR_APITEST_10"))
                .path("data").path("errorCode").path("history");
        assertThat(history).extracting(h -> h.path("revision").asInt()).containsExactly(1, 2, 3);
        assertThat(history).allSatisfy(h -> assertThat(h.path("by").asText()).isEqualTo(created.path("updatedBy")
                .asText()));
        assertThat(history.path(0).path("change").asText()).isEqualTo("created");
        assertThat(history.path(2).path("change").asText()).contains("status");
    }

    @Test
    void unknownCodeInAMutationCarriesTheCatalogCodeAndAdvice() {
        JsonNode r = GraphQLClient.post("deprecate.graphql", Map.of("code", "ERR_APITEST_999"), EDITOR);
        JsonNode error = r.path("errors").path(0);
        assertThat(error.path("extensions").path("code").asText()).isEqualTo("ERR_ERRDEX_1040");
        assertThat(error.path("message").asText()).contains("check the spelling");
    }

    @Test
    void importCatalogDryRunReportsWithoutWriting() {
        String content = """
                {"format": "errdex-catalog/1", "entries": [
                  {"code": "ERR_APITEST_20", "message": "The sprocket `ID` is missing."},
                  {"code": "ERR_APITEST_21"}
                ]}
                """;
        JsonNode report = GraphQLClient.post("importCatalog.graphql",
                Map.of("format", "JSON", "content", content, "dryRun", true), EDITOR).path("data")
                .path("importCatalog");
        assertThat(report.path("dryRun").asBoolean()).isTrue();
        assertThat(report.path("added")).extracting(JsonNode::asText).containsExactly("ERR_APITEST_20");
        assertThat(report.path("rejected").path(0).path("code").asText()).isEqualTo("ERR_ERRDEX_1012");
        assertThat(GraphQLClient.post("history.graphql", Map.of("code", "ERR_APITEST_20")).path("data")
                .path("errorCode").isNull()).isTrue();
    }

    @Test
    void importCatalogKeepsACuratedTitleUnlessOverwriteIsTrue() {
        String content = """
                {"format": "errdex-catalog/1", "entries": [
                  {"code": "ERR_NGROK_8012", "title": "A title from the source",
                   "message": "Traffic made it to the agent, but the agent could not reach `ADDR`."}
                ]}
                """;
        JsonNode kept = GraphQLClient.post("importCatalogOverwrite.graphql",
                Map.of("format", "JSON", "content", content, "dryRun", true), EDITOR).path("data")
                .path("importCatalog");
        JsonNode replaced = GraphQLClient.post("importCatalogOverwrite.graphql",
                Map.of("format", "JSON", "content", content, "dryRun", true, "overwrite", true), EDITOR)
                .path("data").path("importCatalog");

        assertThat(kept.path("kept")).anySatisfy(k -> {
            assertThat(k.path("code").asText()).isEqualTo("ERR_NGROK_8012");
            assertThat(k.path("field").asText()).isEqualTo("title");
            assertThat(k.path("kept").asText()).isEqualTo("Agent cannot reach your local service");
            assertThat(k.path("incoming").asText()).isEqualTo("A title from the source");
        });
        assertThat(replaced.path("kept")).isEmpty();
        assertThat(replaced.path("changed")).extracting(JsonNode::asText).containsExactly("ERR_NGROK_8012");
    }

    @Test
    void matchSeparatesKnownAndUnknownCodesOfAPastedText() {
        assumeTrue(search.size().isPresent(), "the search index is not part of this build yet");
        JsonNode match = GraphQLClient.post("match.graphql", Map.of("text",
                "Hi, ngrok says ERR_NGROK_8012 and later err-ngrok-99999 when I start the tunnel.")).path("data")
                .path("match");
        assertThat(match.path("explicit")).extracting(JsonNode::asText).containsExactly("ERR_NGROK_8012");
        assertThat(match.path("unknown")).extracting(JsonNode::asText).containsExactly("ERR_NGROK_99999");
    }

    @Test
    void anEditIsVisibleToSearchWhenTheMutationReturns() {
        assumeTrue(search.size().isPresent(), "the search index is not part of this build yet");
        GraphQLClient.post("upsert.graphql", Map.of("input", input("ERR_APITEST_30",
                "The quaxomatic flux capacitor overheated.")), EDITOR);

        JsonNode hits = GraphQLClient.post("search.graphql", Map.of("query", "quaxomatic flux", "first", 3))
                .path("data").path("search");
        assertThat(hits.path(0).path("code").asText()).as("%s", hits).isEqualTo("ERR_APITEST_30");
        assertThat(hits.path(0).path("snippet").asText()).contains("<mark>");
    }

    @Test
    void emptySearchIsRejectedWithASearchCode() {
        JsonNode r = GraphQLClient.post("search.graphql", Map.of("query", "  "));
        assertThat(r.path("errors").path(0).path("extensions").path("code").asText()).isEqualTo("ERR_ERRDEX_1151");
    }

    @Test
    void tooDeepAQueryIsRefused() {
        JsonNode r = GraphQLClient.post("deep.graphql", Map.of());
        assertThat(r.path("errors")).as("%s", r).isNotEmpty();
        assertThat(r.path("errors").path(0).path("extensions").path("code").asText()).as("%s", r)
                .isEqualTo("ERR_ERRDEX_1314");
        assertThat(r.path("data").path("errorCode").isMissingNode() || r.path("data").isNull()
                || r.path("data").path("errorCode").isNull()).isTrue();
    }

    @Test
    void anInvalidQueryGetsTheBadRequestCode() {
        JsonNode r = GraphQLClient.post("unknownField.graphql", Map.of());
        assertThat(r.path("errors").path(0).path("extensions").path("code").asText()).as("%s", r)
                .isEqualTo("ERR_ERRDEX_1313");
        assertThat(r.path("errors").path(0).path("message").asText()).contains("noSuchField");
    }

    private static Map<String, Object> input(String code, String message) {
        return Map.of("code", code, "message", message, "category", "other");
    }
}
