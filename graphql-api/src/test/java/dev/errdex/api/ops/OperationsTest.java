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
    void aBodyAnnouncedOverTheLimitIsA413ProblemBeforeTheBodyIsRead() throws Exception {
        // announce a body over the one limit (errdex.webhook.max-bytes, 10 MiB) and send none of it: the answer comes
        // from the headers alone
        try (java.net.Socket socket = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
            socket.setSoTimeout(30_000);
            String head = "POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + (10 * 1024 * 1024 + 1) + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            java.io.InputStream in = socket.getInputStream();
            StringBuilder headers = new StringBuilder();
            while (headers.indexOf("\r\n\r\n") < 0) {
                int b = in.read();
                org.assertj.core.api.Assertions.assertThat(b).as("the answer's headers").isNotNegative();
                headers.append((char) b);
            }
            java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)")
                    .matcher(headers);
            org.assertj.core.api.Assertions.assertThat(length.find()).isTrue();
            String answer = headers + new String(in.readNBytes(Integer.parseInt(length.group(1))),
                    java.nio.charset.StandardCharsets.UTF_8);
            org.assertj.core.api.Assertions.assertThat(answer).startsWith("HTTP/1.1 413")
                    .containsIgnoringCase("content-type: application/problem+json")
                    .contains("\"code\":\"ERR_ERRDEX_1311\"");
        }
    }

    @Test
    void graphQLByGetIsA405ProblemWithAnErrdexCode() {
        given().get("/graphql").then().statusCode(405).contentType("application/problem+json")
                .header("Allow", "POST").body("code", equalTo("ERR_ERRDEX_1313"));
    }

    @Test
    void wrongMethodsAndMediaTypesOfRestResourcesAreProblemsWithAnErrdexCode() {
        given().delete("/triage/inbound").then().statusCode(405).contentType("application/problem+json")
                .body("code", equalTo("ERR_ERRDEX_1313"));
        given().accept("image/png").get("/api/errors").then().statusCode(406)
                .contentType("application/problem+json").body("code", equalTo("ERR_ERRDEX_1313"));
        given().put("/graphql").then().statusCode(404).contentType("application/problem+json")
                .body("code", equalTo("ERR_ERRDEX_1312"));
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
