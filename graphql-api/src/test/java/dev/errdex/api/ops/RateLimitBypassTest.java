package dev.errdex.api.ops;

import com.fasterxml.jackson.databind.JsonNode;
import dev.errdex.api.GraphQLSubscription;
import dev.errdex.api.security.ApiKeyStore;
import dev.errdex.api.security.ApiKeys;
import dev.errdex.catalog.testing.PostgresTestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Each way around the rate limit the red-team pass found, tried against the real server. All requests come from
 * one address (the test's), so the order matters where tests share the anonymous budget: the WebSocket test runs
 * first, with the anonymous budget full; the forwarded-header and metrics tests after it.
 */
@QuarkusTest
@TestProfile(RateLimitProfile.class)
@WithTestResource(value = PostgresTestDatabase.class, scope = TestResourceScope.GLOBAL)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RateLimitBypassTest {

    @TestHTTPResource("/graphql")
    URI graphql;

    @Inject
    ApiKeyStore store;

    @Test
    @Order(1)
    void everyGraphQLOperationOnOneAnonymousWebSocketTakesAToken() throws Exception {
        String query = "{ errorCode(code: \"ERR_NGROK_8012\") { code } }";
        try (GraphQLSubscription socket = new GraphQLSubscription(graphql, null, query)) {
            int operations = 3 * RateLimitProfile.BURST;
            for (int i = 2; i <= operations; i++) {
                socket.subscribe(Integer.toString(i), query);
            }
            int answered = 0;
            int limited = 0;
            while (answered + limited < operations) {
                JsonNode message = socket.received.poll(10, TimeUnit.SECONDS);
                assertThat(message).as("an answer to every operation").isNotNull();
                if (message.path("type").asText().equals("complete")) {
                    continue;
                }
                if (message.toString().contains("ERR_ERRDEX_1310")) {
                    limited++;
                } else if (message.path("payload").path("data").path("errorCode").path("code").asText()
                        .equals("ERR_NGROK_8012")) {
                    answered++;
                } else {
                    throw new AssertionError("unexpected message " + message);
                }
            }
            // the upgrade took one token of the anonymous burst; the operations share the rest
            assertThat(answered).isLessThanOrEqualTo(RateLimitProfile.BURST - 1);
            assertThat(limited).isGreaterThanOrEqualTo(operations - RateLimitProfile.BURST + 1);
        }
    }

    @Test
    @Order(2)
    void spellingsOfOneKeysHeaderShareTheKeysBudget() {
        String[] spellings = {"Bearer test-editor-key", "bearer test-editor-key", "BEARER   test-editor-key",
                " Bearer test-editor-key\t", "Bearer test-editor-key "};
        for (String header : spellings) {
            given().header("authorization", header).get("/api/session").then().statusCode(200)
                    .body("principal", equalTo("key:configured-editor-2"));
        }
        given().header("AUTHORIZATION", "bearer  test-editor-key").get("/api/session").then().statusCode(429)
                .contentType("application/problem+json").body("code", equalTo("ERR_ERRDEX_1310"));
    }

    @Test
    @Order(3)
    void unknownKeysFromOneAddressHaveTheirOwnSmallBudgetAndAreNotLookedUpPastIt() {
        for (int i = 0; i < RateLimitProfile.UNKNOWN_KEYS_BURST; i++) {
            given().header("Authorization", "Bearer guess-" + UUID.randomUUID()).get("/api/session").then()
                    .statusCode(401).body("code", equalTo("ERR_ERRDEX_1302"));
        }
        String retryAfter = given().header("Authorization", "Bearer guess-" + UUID.randomUUID()).get("/api/session")
                .then().statusCode(429).contentType("application/problem+json")
                .body("code", equalTo("ERR_ERRDEX_1307")).extract().header("Retry-After");
        assertThat(Long.parseLong(retryAfter)).isPositive();

        // past the budget a key is not looked up: even a valid key errdex has not seen yet waits
        ApiKeyStore.CreatedKey fresh = store.create(ApiKeys.Role.READER, "fresh-" + UUID.randomUUID());
        given().header("Authorization", "Bearer " + fresh.key()).get("/api/session").then().statusCode(429)
                .body("code", equalTo("ERR_ERRDEX_1307"));
        // a key errdex knows keeps its own budget
        given().header("Authorization", "Bearer test-admin-key").get("/api/session").then().statusCode(200)
                .body("principal", equalTo("key:configured-admin-3"));
    }

    @Test
    @Order(4)
    void forwardedAddressesFromAnUntrustedPeerShareThePeersBudget() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 1; i <= RateLimitProfile.BURST + 1; i++) {
            statuses.add(given().header("X-Forwarded-For", "203.0.113." + i).header("Forwarded", "for=198.51.100." + i)
                    .get("/api/errors/ERR_NGROK_8012").statusCode());
        }
        assertThat(statuses).contains(429);
    }

    @Test
    @Order(5)
    void aWrongWebhookSecretIsThrottledPerAddressAfterFewAttempts() {
        for (int i = 0; i < RateLimitProfile.FAILED_SECRETS_BURST; i++) {
            given().header("Authorization", "Bearer wrong-" + i).contentType("message/rfc822").body(new byte[] {'x'})
                    .post("/triage/inbound").then().statusCode(401).body("code", equalTo("ERR_ERRDEX_1403"));
        }
        Response throttled = given().header("Authorization", "Bearer wrong-again").contentType("message/rfc822")
                .body(new byte[] {'x'}).post("/triage/inbound");
        throttled.then().statusCode(429).contentType("application/problem+json")
                .body("code", equalTo("ERR_ERRDEX_1431"));
        assertThat(Long.parseLong(throttled.header("Retry-After"))).isPositive();
    }

    @Test
    @Order(6)
    void metricsTagRoutesNotRawPathsAfterAThousandDistinct404And429Paths() {
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (int i = 0; i < 500; i++) {
            // the anonymous budget is spent by now: 429, or 404 for the odd request a refilled token lets through
            statuses.merge(given().get("/api/no-such-" + i).statusCode(), 1, Integer::sum);
            given().get("/no-such-page-" + i).then().statusCode(404);
        }
        assertThat(statuses.keySet()).isSubsetOf(404, 429);
        assertThat(statuses.get(429)).isGreaterThan(490);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Set<String> uris = new TreeSet<>();
        Matcher m = Pattern.compile("http_server_requests_seconds_count\\{[^}]*uri=\"([^\"]*)\"").matcher(metrics);
        while (m.find()) {
            uris.add(m.group(1));
        }
        assertThat(uris).as("URI tags").hasSizeLessThan(30).noneMatch(u -> u.contains("no-such"));
        assertThat(uris).contains("/api/*");
    }
}
