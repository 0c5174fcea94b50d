package dev.errdex.api.security;

import dev.errdex.api.GraphQLClient;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

/** Keys configured for tests in application.properties (%test.errdex.api-keys): their SHA-256 only. */
@QuarkusTest
class ApiKeyAccessTest {

    @Test
    void requestWithoutKeyIsAnonymous() {
        given().get("/api/session").then().statusCode(200)
                .body("authenticated", equalTo(false));
    }

    @Test
    void agentKeyGrantsAgentAndReaderRoles() {
        given().header("Authorization", "Bearer test-agent-key").get("/api/session").then().statusCode(200)
                .body("authenticated", equalTo(true))
                .body("roles", containsInAnyOrder("agent", "reader"))
                .body("principal", not(containsString("test-agent-key")));
    }

    @Test
    void editorKeyDoesNotGrantAgent() {
        given().header("Authorization", "Bearer test-editor-key").get("/api/session").then().statusCode(200)
                .body("roles", containsInAnyOrder("editor", "reader"));
    }

    @Test
    void unknownKeyIsRejectedWithErrdexProblem() {
        given().header("Authorization", "Bearer not-a-key").get("/api/session").then().statusCode(401)
                .contentType("application/problem+json")
                .body("code", equalTo("ERR_ERRDEX_1302"))
                .body("title", not(containsString("not-a-key")));
    }

    @Test
    void unknownKeyIsRejectedEvenWhereReadsAreOpen() {
        // reads are open by default: without a key both answer; with an unknown key neither does
        given().get("/api/errors/ERR_NGROK_8012").then().statusCode(200);
        given().header("Authorization", "Bearer not-a-key").get("/api/errors/ERR_NGROK_8012").then().statusCode(401)
                .contentType("application/problem+json")
                .body("code", equalTo("ERR_ERRDEX_1302"));
        String match = GraphQLClient.request("match.graphql", Map.of("text", "ngrok error 8012"));
        given().contentType("application/json").body(match).post("/graphql").then().statusCode(200)
                .body("data.match.explicit", contains("ERR_NGROK_8012"));
        given().header("Authorization", "Bearer not-a-key").contentType("application/json").body(match)
                .post("/graphql").then().statusCode(401)
                .body("code", equalTo("ERR_ERRDEX_1302"))
                .body(not(containsString("ERR_NGROK_8012")));
    }

    @Test
    void hashesAreLowerCaseHexSha256() {
        org.assertj.core.api.Assertions.assertThat(ApiKeys.sha256Hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
