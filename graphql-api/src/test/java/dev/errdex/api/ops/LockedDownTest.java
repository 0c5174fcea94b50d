package dev.errdex.api.ops;

import com.fasterxml.jackson.databind.JsonNode;
import dev.errdex.api.GraphQLClient;
import dev.errdex.api.GraphQLSubscription;
import io.quarkus.test.common.http.TestHTTPResource;
import dev.errdex.catalog.testing.PostgresTestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Each test uses its own key or none, so that the small rate limit of the profile meets only the test about it. */
@QuarkusTest
@TestProfile(LockedDownProfile.class)
@WithTestResource(value = PostgresTestDatabase.class, scope = TestResourceScope.GLOBAL)
class LockedDownTest {

    @Test
    void closedReadsNeedAKey() {
        JsonNode anonymous = GraphQLClient.post("errorCode.graphql", Map.of("code", "ERR_NGROK_8012"), null);
        assertThat(anonymous.path("errors").path(0).path("extensions").path("code").asText())
                .isEqualTo("ERR_ERRDEX_1301");
        assertThat(anonymous.path("data").path("errorCode").isNull()).isTrue();

        JsonNode agent = GraphQLClient.post("errorCode.graphql", Map.of("code", "ERR_NGROK_8012"), "test-agent-key");
        assertThat(agent.path("data").path("errorCode").path("code").asText()).isEqualTo("ERR_NGROK_8012");
    }

    @Test
    void closedReadsCloseThePagesSitemapsAndRestToo() {
        for (String path : java.util.List.of("/errors", "/errors/ERR_NGROK_8012", "/errors/search?q=agent",
                "/sitemap.xml", "/sitemaps/ERR_NGROK-1.xml", "/api/errors/ERR_NGROK_8012")) {
            given().redirects().follow(false).when().get(path)
                    .then().statusCode(401).contentType("application/problem+json")
                    .body("code", equalTo("ERR_ERRDEX_1301"));
        }
        given().header("Authorization", "Bearer test-agent-key").when().get("/errors/ERR_NGROK_8012")
                .then().statusCode(200).header("Cache-Control", org.hamcrest.Matchers.startsWith("private"));
        given().header("Authorization", "Bearer test-agent-key").when().get("/api/errors/ERR_NGROK_8012")
                .then().statusCode(200).body("code", equalTo("ERR_NGROK_8012"));
        assertThat(given().get("/robots.txt").then().statusCode(200).extract().asString().lines())
                .contains("Disallow: /").noneMatch(l -> l.startsWith("Sitemap:"));
    }

    @Test
    void introspectionNeedsAKeyWhileTheExplorerIsOff() {
        given().contentType(ContentType.JSON).body(GraphQLClient.request("schemaDescriptions.graphql", Map.of()))
                .post("/graphql").then().statusCode(403)
                .body("errors[0].extensions.code", equalTo("ERR_ERRDEX_1365"))
                .body("errors[0].message", org.hamcrest.Matchers.startsWith("ERR_ERRDEX_1365"));
        JsonNode withKey = GraphQLClient.post("schemaDescriptions.graphql", Map.of(), "test-admin-key");
        assertThat(withKey.path("data").path("__schema").path("types").size()).as("%s", withKey).isPositive();
    }

    @TestHTTPResource("/graphql")
    URI graphql;

    @Test
    void anAnonymousCatalogSubscriptionUnderClosedReadsGets1301() throws Exception {
        try (GraphQLSubscription anonymous = new GraphQLSubscription(graphql, null,
                "subscription { errorCodeChanged { code } }")) {
            JsonNode refused = anonymous.received.poll(10, TimeUnit.SECONDS);
            assertThat(refused).as("an answer to the anonymous subscription").isNotNull();
            assertThat(refused.path("payload").toString()).as("%s", refused).contains("ERR_ERRDEX_1301")
                    .doesNotContain("ERR_ERRDEX_1399");
        }
    }

    @Test
    void graphiqlIsOffWithACode() {
        given().get("/graphql-ui/").then().statusCode(404).contentType("application/problem+json")
                .body("code", equalTo("ERR_ERRDEX_1364"));
    }

    @Test
    void answersTellTheRateLimit() {
        var answer = given().header("Authorization", "Bearer test-agent-key").contentType(ContentType.JSON)
                .body(GraphQLClient.request("errorCode.graphql", Map.of("code", "ERR_NGROK_8012")))
                .post("/graphql").then().statusCode(200).extract();
        assertThat(answer.header("RateLimit-Limit")).isEqualTo(Integer.toString(LockedDownProfile.BURST));
        assertThat(Integer.parseInt(answer.header("RateLimit-Remaining"))).isBetween(0, LockedDownProfile.BURST - 1);
        assertThat(Long.parseLong(answer.header("RateLimit-Reset"))).isPositive();
    }

    @Test
    void overTheRateLimitAKeyGets429WithRetryAfter() {
        String body = GraphQLClient.request("errorCode.graphql", Map.of("code", "ERR_NGROK_8012"));
        for (int i = 0; i < LockedDownProfile.BURST; i++) {
            given().header("Authorization", "Bearer test-editor-key").contentType(ContentType.JSON).body(body)
                    .post("/graphql").then().statusCode(200);
        }
        String retryAfter = given().header("Authorization", "Bearer test-editor-key").contentType(ContentType.JSON)
                .body(body).post("/graphql")
                .then().statusCode(429).contentType("application/problem+json")
                .body("code", equalTo("ERR_ERRDEX_1310"))
                .body("status", equalTo(429))
                .extract().header("Retry-After");
        assertThat(Long.parseLong(retryAfter)).isPositive();
    }
}
