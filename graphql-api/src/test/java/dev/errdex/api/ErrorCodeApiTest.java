package dev.errdex.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.FixGuide;
import dev.errdex.catalog.service.CatalogService;
import dev.errdex.catalog.testing.PostgresTestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@WithTestResource(value = PostgresTestDatabase.class, scope = TestResourceScope.GLOBAL)
class ErrorCodeApiTest {

    @Inject
    CatalogService catalog;

    @ParameterizedTest
    @ValueSource(strings = {"ERR_NGROK_8012", "err-ngrok-8012", "ERR NGROK 8012", "Err_Ngrok_08012", "8012"})
    void errorCodeAnswersEverySpelling(String spelling) {
        JsonNode code = errorCode(spelling);

        assertThat(code.path("code").asText()).isEqualTo("ERR_NGROK_8012");
        assertThat(code.path("namespace").asText()).isEqualTo("ERR_NGROK");
        assertThat(code.path("number").asInt()).isEqualTo(8012);
        assertThat(code.path("title").asText()).isEqualTo("Agent cannot reach your local service");
        assertThat(code.path("message").asText()).contains("`ADDR`");
        assertThat(code.path("placeholders")).extracting(JsonNode::asText).containsExactly("ADDR");
        assertThat(code.path("category").asText()).isEqualTo("agent");
        assertThat(code.path("categoryLabel").asText()).isEqualTo("Agent & authentication");
        assertThat(code.path("severity").asText()).isEqualTo("ERROR");
        assertThat(code.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(code.path("docsUrl").asText()).isEqualTo("https://ngrok.com/docs/errors/err_ngrok_8012/");
        assertThat(code.path("ownerComponent").asText()).isEqualTo("agent");
        assertThat(code.path("revision").asLong()).isPositive();
        assertThat(code.path("createdAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*");
        assertThat(code.path("updatedAt").isNull()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ERR_NGROK_99999", "hello", "error 8012", ""})
    void errorCodeIsNullForUnknownCodesAndGarbage(String input) {
        JsonNode response = GraphQLClient.post("errorCode.graphql", Map.of("code", input));

        assertThat(response.path("errors").isMissingNode()).as(response.toString()).isTrue();
        assertThat(response.path("data").path("errorCode").isNull()).isTrue();
    }

    @Test
    void exposesTheFixGuideAsPartsAndAsMarkdown() {
        catalog.upsert(CatalogEntry.builder("ERR_GRAPHQLTEST_1").message("A test failure at `ADDR`.")
                .fixGuide(new FixGuide("It failed.", List.of("The service is down."), List.of("Run `svc start`.")))
                .symptoms(List.of("the test page is blank")).related(List.of("ERR_NGROK_8012")).build(), "test");

        JsonNode code = errorCode("err-graphqltest-1");

        assertThat(code.path("fixGuide").path("summary").asText()).isEqualTo("It failed.");
        assertThat(code.path("fixGuide").path("causes")).extracting(JsonNode::asText)
                .containsExactly("The service is down.");
        assertThat(code.path("fixGuide").path("steps")).extracting(JsonNode::asText).containsExactly("Run `svc start`.");
        assertThat(code.path("fixGuide").path("markdown").asText()).contains("### How to fix").contains("1. Run");
        assertThat(code.path("symptoms")).extracting(JsonNode::asText).containsExactly("the test page is blank");
        assertThat(code.path("relatedCodes")).extracting(JsonNode::asText).containsExactly("ERR_NGROK_8012");
        assertThat(code.path("edited").asBoolean()).isTrue();
        assertThat(code.path("updatedBy").asText()).isEqualTo("test");
    }

    @Test
    void errorCodesPagesThroughAllNgrokCodesWithCursors() {
        Map<String, Object> filter = Map.of("namespace", "ERR_NGROK");
        Set<String> seen = new HashSet<>();
        String after = null;
        int pages = 0;
        JsonNode page;
        do {
            Map<String, Object> variables = new HashMap<>(Map.of("first", 500, "filter", filter));
            variables.put("after", after);
            page = GraphQLClient.post("errorCodes.graphql", variables).path("data").path("errorCodes");
            assertThat(page.path("totalCount").asInt()).isEqualTo(1608);
            page.path("edges").forEach(edge -> seen.add(edge.path("node").path("code").asText()));
            after = page.path("pageInfo").path("endCursor").asText();
            pages++;
        } while (page.path("pageInfo").path("hasNextPage").asBoolean());

        assertThat(pages).isEqualTo(4);
        assertThat(seen).hasSize(1608).contains("ERR_NGROK_100", "ERR_NGROK_8012", "ERR_NGROK_30000");
    }

    @Test
    void errorCodesReturnsTwentyByDefaultInCodeOrder() {
        JsonNode page = GraphQLClient.post("errorCodes.graphql", Map.of()).path("data").path("errorCodes");

        List<String> codes = new ArrayList<>();
        page.path("edges").forEach(e -> codes.add(e.path("node").path("code").asText()));
        assertThat(codes).hasSize(20).isSortedAccordingTo(Comparator
                .comparing((String c) -> c.substring(0, c.lastIndexOf('_')))
                .thenComparingInt(c -> Integer.parseInt(c.substring(c.lastIndexOf('_') + 1))));
        assertThat(page.path("edges").get(0).path("cursor").asText()).isNotBlank();
        assertThat(page.path("pageInfo").path("hasNextPage").asBoolean()).isTrue();
    }

    @Test
    void errorCodesFiltersByCategoryAndText() {
        JsonNode page = GraphQLClient.post("errorCodes.graphql",
                Map.of("first", 100, "filter", Map.of("category", "ai-gateway", "text", "upstream provider")))
                .path("data").path("errorCodes");

        assertThat(page.path("totalCount").asInt()).isPositive();
        assertThat(page.path("edges")).allSatisfy(edge -> {
            assertThat(edge.path("node").path("category").asText()).isEqualTo("ai-gateway");
            assertThat(edge.path("node").path("message").asText().toLowerCase()).contains("upstream provider");
        });
    }

    @Test
    void aBadCursorIsAnErrorWithItsErrdexCode() {
        JsonNode response = GraphQLClient.post("errorCodes.graphql", Map.of("after", "not-a-cursor"));

        JsonNode error = response.path("errors").get(0);
        assertThat(error.path("message").asText()).startsWith("ERR_ERRDEX_1041");
        assertThat(error.path("extensions").path("code").asText()).isEqualTo("ERR_ERRDEX_1041");
    }

    @Test
    void aPageSizeOutOfRangeIsAnErrorWithItsErrdexCode() {
        JsonNode response = GraphQLClient.post("errorCodes.graphql", Map.of("first", 100_000));

        assertThat(response.path("errors").get(0).path("extensions").path("code").asText())
                .isEqualTo("ERR_ERRDEX_1042");
    }

    private static JsonNode errorCode(String code) {
        JsonNode response = GraphQLClient.post("errorCode.graphql", Map.of("code", code));
        assertThat(response.path("errors").isMissingNode()).as(response.toString()).isTrue();
        return response.path("data").path("errorCode");
    }
}
