package dev.errdex.api.error;

import dev.errdex.catalog.testing.PostgresTestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * Requests to /graphql that cannot be executed at all still answer a GraphQL error with errdex's code in
 * {@code extensions.code}, over real HTTP.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestDatabase.class, scope = TestResourceScope.GLOBAL)
class UnreadableGraphQLRequestsTest {

    @jakarta.inject.Inject
    GraphQLRequestGate gate;

    private static ValidatableResponse post(String contentType, String body) {
        return given().contentType(contentType).body(body.getBytes(StandardCharsets.UTF_8)).when().post("/graphql")
                .then();
    }

    private static void refused(ValidatableResponse r, int status, String code) {
        r.statusCode(status)
                .body("errors[0].extensions.code", equalTo(code))
                .body("errors[0].message", startsWith(code + ": "))
                .body("$", not(hasKey("data")));
    }

    @Test
    void aDocumentWithASyntaxErrorCarriesItsCode() {
        refused(post("application/json", "{\"query\": \"{ errorCode(code: \\\"ERR_NGROK_8012\\\") { code \"}"),
                400, "ERR_ERRDEX_1320");
    }

    @Test
    void aDocumentOverTheTokenLimitCarriesTheLimitCode() {
        String query = "{ " + "categories { id } ".repeat(1500) + "}"; // 6,000 tokens in 27,000 characters
        refused(post("application/json", "{\"query\": \"" + query + "\"}"), 400, "ERR_ERRDEX_1314");
    }

    @Test
    void aDocumentOverTheLengthLimitIsRefusedBeforeAnythingParsesOrRemembersIt() {
        long remembered = gate.rememberedChars();
        String query = "{ search(q: \\\"" + "x".repeat(1_000_000) + "\\\") { code } }"; // escaped for JSON
        refused(post("application/json", "{\"query\": \"" + query + "\"}"), 413, "ERR_ERRDEX_1330");
        org.assertj.core.api.Assertions.assertThat(gate.rememberedChars()).isLessThan(remembered + 1_000);
    }

    @Test
    void anEmptyBodyCarriesItsCode() {
        refused(post("application/json", ""), 400, "ERR_ERRDEX_1321");
    }

    @Test
    void aBodyThatIsNotJsonOrHasNoQueryCarriesItsCode() {
        refused(post("application/json", "query { categories { id } }"), 400, "ERR_ERRDEX_1321");
        refused(post("application/json", "{\"variables\": {}}"), 400, "ERR_ERRDEX_1321");
        refused(post("application/json", "[1, 2]"), 400, "ERR_ERRDEX_1321");
    }

    @Test
    void aWrongContentTypeCarriesItsCode() {
        refused(post("text/plain", "{\"query\": \"{ categories { id } }\"}"), 415, "ERR_ERRDEX_1322");
        refused(given().formParam("query", "{ categories { id } }").when().post("/graphql").then(), 415,
                "ERR_ERRDEX_1322");
    }

    @Test
    void readableRequestsAreExecutedAsBefore() {
        post("application/json; charset=UTF-8", "{\"query\": \"{ errorCode(code: \\\"8012\\\") { code } }\"}")
                .statusCode(200).body("data.errorCode.code", equalTo("ERR_NGROK_8012"));
        post("application/graphql", "{ errorCode(code: \"err-ngrok-8012\") { code } }")
                .statusCode(200).body("data.errorCode.code", equalTo("ERR_NGROK_8012"));
        // the same document again is remembered as parseable, and still executed
        post("application/json", "{\"query\": \"{ errorCode(code: \\\"8012\\\") { code } }\"}")
                .statusCode(200).body("data.errorCode.code", equalTo("ERR_NGROK_8012"));
    }
}
