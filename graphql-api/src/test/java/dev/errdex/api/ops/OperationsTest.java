package dev.errdex.api.ops;

import dev.errdex.api.GraphQLClient;
import dev.errdex.catalog.testing.PostgresTestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(value = PostgresTestDatabase.class, scope = TestResourceScope.GLOBAL)
class OperationsTest {

    @Test
    void readinessIncludesTheDatabaseTheCatalogAndTheIndex() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItems("Database connections health check", "catalog", "search-index"));
    }

    @Test
    void readinessReportsTheMailboxAsOffWhenNoMailboxIsConfigured() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'mailbox' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'mailbox' }.data.state", equalTo("OFF"));
        given().get("/q/metrics").then().statusCode(200).body(containsString("errdex_imap_lock_held 0.0"));
    }

    @Test
    void prometheusMetricsCoverRequestsSearchAndMatch() {
        GraphQLClient.post("errorCode.graphql", Map.of("code", "ERR_NGROK_8012"));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("errdex_search_seconds"))
                .body(containsString("errdex_match_seconds"));
    }

    @Test
    void unknownApiPathIsAProblemWithAnErrdexCode() {
        given().get("/api/no-such-thing").then().statusCode(404).contentType("application/problem+json")
                .body("code", equalTo("ERR_ERRDEX_1312"))
                .body("type", equalTo("/errors/ERR_ERRDEX_1312"))
                .body("detail", containsString("check the path"));
    }

    @Test
    void mutationsCannotBeSentWithGet() {
        given().queryParam("query", "mutation { deprecateErrorCode(code: \"ERR_NGROK_8012\") { code } }")
                .header("Authorization", "Bearer test-editor-key")
                .get("/graphql").then().statusCode(not(equalTo(200)));
    }

    @Test
    void aBodyOverTheLimitIsRefused() throws Exception {
        // announce a body over the limit: the server answers 413 from the headers, without reading the body
        try (java.net.Socket socket = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
            String head = "POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + (5 * 1024 * 1024) + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();
            org.assertj.core.api.Assertions.assertThat(status).startsWith("HTTP/1.1 413");
        }
    }

    @Test
    void corsAllowsOnlyConfiguredOrigins() {
        given().header("Origin", "https://support.example.test").header("Access-Control-Request-Method", "POST")
                .options("/graphql").then()
                .header("Access-Control-Allow-Origin", equalTo("https://support.example.test"));
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .options("/graphql").then()
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
