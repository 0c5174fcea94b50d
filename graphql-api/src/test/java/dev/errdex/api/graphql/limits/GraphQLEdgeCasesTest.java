package dev.errdex.api.graphql.limits;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.errdex.api.GraphQLClient;
import dev.errdex.api.graphql.cache.PersistedQueries;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Issue 15's edge cases of /graphql with the test profile (reads open, explorer on): cost in every answer, malformed
 * request fields, Int overflow, refusals with messages, an invalid code in a mutation, persisted queries, GraphiQL.
 */
@QuarkusTest
class GraphQLEdgeCasesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyAnswerCarriesItsCost() {
        JsonNode r = GraphQLClient.post("errorCode.graphql", Map.of("code", "ERR_NGROK_8012"));
        JsonNode cost = r.path("extensions").path("cost");
        assertThat(cost.path("requested").asLong()).as("%s", r).isEqualTo(2); // the code and its fix guide
        assertThat(cost.path("actual").asLong()).isBetween(1L, 2L);
        assertThat(cost.path("limit").asLong()).isEqualTo(10_000);
    }

    @Test
    void variablesThatAreNotAnObjectGet400WithACode() {
        ObjectNode body = JSON.createObjectNode().put("query", GraphQLClient.document("errorCode.graphql"));
        body.putArray("variables").add("ERR_NGROK_8012");
        refused(body, 400, "ERR_ERRDEX_1366");
        ObjectNode named = JSON.createObjectNode().put("query", GraphQLClient.document("errorCode.graphql"))
                .put("operationName", 7);
        refused(named, 400, "ERR_ERRDEX_1366");
        ObjectNode text = JSON.createObjectNode().put("query", GraphQLClient.document("errorCode.graphql"))
                .put("variables", "{\"code\": \"8012\"}");
        refused(text, 400, "ERR_ERRDEX_1366");
    }

    @Test
    void anIntArgumentOverTheIntRangeIsRefusedNotWrapped() {
        JsonNode literal = post(JSON.createObjectNode().put("query",
                GraphQLClient.document("overflowingFirst.graphql")));
        assertThat(literal.path("errors").path(0).path("extensions").path("code").asText()).as("%s", literal)
                .isEqualTo("ERR_ERRDEX_1363");
        assertThat(literal.path("data").path("errorCodes").path("edges").size()).isZero();
        JsonNode variable = post((ObjectNode) JSON.valueToTree(Map.of("query",
                GraphQLClient.document("pageOfCodes.graphql"), "variables", Map.of("first", 4294967298L))));
        assertThat(variable.path("errors").path(0).path("extensions").path("code").asText()).as("%s", variable)
                .isEqualTo("ERR_ERRDEX_1363");
    }

    @Test
    void aRolesAllowedRefusalHasAMessage() {
        JsonNode r = post((ObjectNode) JSON.valueToTree(Map.of("query",
                GraphQLClient.document("tickets/tickets.graphql"), "variables", Map.of("first", 1))));
        JsonNode error = r.path("errors").path(0);
        assertThat(error.path("extensions").path("code").asText()).as("%s", r).isEqualTo("ERR_ERRDEX_1301");
        assertThat(error.path("message").isTextual()).as("%s", r).isTrue();
        assertThat(error.path("message").asText()).startsWith("ERR_ERRDEX_1301");
    }

    @Test
    void anInvalidCodeInUpsertErrorCodeIsAValidationError() {
        JsonNode r = GraphQLClient.post("upsert.graphql", Map.of("input", Map.of("code", "not a code at all",
                "title", "T", "message", "M")), "test-editor-key");
        JsonNode error = r.path("errors").path(0);
        assertThat(error.path("extensions").path("code").asText()).as("%s", r).isEqualTo("ERR_ERRDEX_1042");
        assertThat(error.path("message").asText()).contains("is not an error code");
    }

    @Test
    void aPersistedQueryMissesThenRegistersThenHits() {
        String query = "query PersistedLookup { errorCode(code: \"ERR_NGROK_3200\") { code } }";
        String hash = PersistedQueries.sha256Hex(query);
        ObjectNode hashOnly = JSON.createObjectNode();
        hashOnly.putObject("extensions").putObject("persistedQuery").put("version", 1).put("sha256Hash", hash);

        JsonNode miss = post(hashOnly);
        assertThat(miss.path("errors").path(0).path("message").asText()).isEqualTo("PersistedQueryNotFound");
        assertThat(miss.path("errors").path(0).path("extensions").path("code").asText()).isEqualTo("ERR_ERRDEX_1367");

        ObjectNode register = hashOnly.deepCopy().put("query", query);
        assertThat(post(register).path("data").path("errorCode").path("code").asText()).isEqualTo("ERR_NGROK_3200");

        JsonNode hit = post(hashOnly);
        assertThat(hit.path("data").path("errorCode").path("code").asText()).as("%s", hit).isEqualTo("ERR_NGROK_3200");

        ObjectNode wrong = hashOnly.deepCopy().put("query", query + " ");
        refused(wrong, 400, "ERR_ERRDEX_1368");
    }

    @Test
    void graphiqlAnswersWhileTheExplorerIsOn() {
        given().get("/graphql-ui/").then().statusCode(200);
    }

    private static void refused(ObjectNode body, int status, String code) {
        given().contentType(ContentType.JSON).body(body.toString()).post("/graphql")
                .then().statusCode(status).body("errors[0].extensions.code", equalTo(code));
    }

    private static JsonNode post(ObjectNode body) {
        String answer = given().contentType(ContentType.JSON).body(body.toString()).post("/graphql")
                .then().statusCode(200).extract().asString();
        try {
            return JSON.readTree(answer);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(answer, e);
        }
    }
}
