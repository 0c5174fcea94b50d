package dev.errdex.api.graphql.cache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errdex.api.GraphQLClient;
import dev.errdex.catalog.testing.PostgresTestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The read-response cache of POST /graphql, over real HTTP, with public reads (the default). */
@QuarkusTest
@WithTestResource(value = PostgresTestDatabase.class, scope = TestResourceScope.GLOBAL)
class ResponseCacheTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EDITOR = "test-editor-key";
    private static final String AGENT = "test-agent-key";

    @Inject
    CachedResponses cache;

    @BeforeEach
    void emptyCache() {
        cache.clear(); // other test classes share this application and its cache
    }

    @Test
    void secondIdenticalRequestIsAHitWithTheSameBytesStatusAndType() {
        String body = GraphQLClient.request("errorCode.graphql", Map.of("code", "err-ngrok-8012"));
        Response first = post(body, null);
        Response second = post(body, null);

        assertThat(first.header(ResponseCacheRoute.HEADER)).isEqualTo("miss");
        assertThat(second.header(ResponseCacheRoute.HEADER)).isEqualTo("hit");
        assertThat(second.statusCode()).isEqualTo(first.statusCode()).isEqualTo(200);
        assertThat(second.contentType()).isEqualTo(first.contentType());
        assertThat(second.asByteArray()).isEqualTo(first.asByteArray());
        assertThat(json(second).path("data").path("errorCode").path("code").asText()).isEqualTo("ERR_NGROK_8012");
    }

    @Test
    void otherVariablesOtherRolesOrAnotherAcceptAreMissesAndVariableOrderIsNot() {
        String a = GraphQLClient.request("errorCode.graphql", Map.of("code", "ERR_NGROK_3200"));
        String b = GraphQLClient.request("errorCode.graphql", Map.of("code", "ERR_NGROK_3004"));
        assertThat(cacheHeader(a, null)).isEqualTo("miss");
        assertThat(cacheHeader(a, null)).isEqualTo("hit");
        assertThat(cacheHeader(b, null)).as("other variables").isEqualTo("miss");
        assertThat(cacheHeader(a, AGENT)).as("other roles").isEqualTo("miss");
        assertThat(cacheHeader(a, AGENT)).isEqualTo("hit");
        assertThat(cacheHeader(a, EDITOR)).as("other roles").isEqualTo("miss");
        assertThat(given().contentType(ContentType.JSON).accept("application/json").body(a).post("/graphql")
                .header(ResponseCacheRoute.HEADER)).as("another Accept").isEqualTo("miss");

        Map<String, Object> forward = new LinkedHashMap<>();
        forward.put("first", 3);
        forward.put("filter", Map.of("category", "agent"));
        Map<String, Object> backward = new LinkedHashMap<>();
        backward.put("filter", Map.of("category", "agent"));
        backward.put("first", 3);
        assertThat(cacheHeader(GraphQLClient.request("errorCodes.graphql", forward), null)).isEqualTo("miss");
        assertThat(cacheHeader(GraphQLClient.request("errorCodes.graphql", backward), null))
                .as("same variables in another order").isEqualTo("hit");
    }

    @Test
    void searchAndCategoriesAreCachedToo() {
        String search = GraphQLClient.request("search.graphql", Map.of("query", "tunnel not found", "first", 3));
        assertThat(cacheHeader(search, null)).isEqualTo("miss");
        assertThat(cacheHeader(search, null)).isEqualTo("hit");
        String categories = GraphQLClient.request("categories.graphql", Map.of());
        assertThat(cacheHeader(categories, null)).isEqualTo("miss");
        assertThat(cacheHeader(categories, null)).isEqualTo("hit");
    }

    @Test
    void mutationsAreNeverCached() {
        GraphQLClient.post("upsert.graphql", Map.of("input", input("ERR_CACHETEST_1", "The cache test broke.")),
                EDITOR);
        String guide = GraphQLClient.request("updateFixGuide.graphql", Map.of("code", "ERR_CACHETEST_1",
                "guide", Map.of("summary", "Guide A.", "steps", List.of("Step A."))));
        String other = GraphQLClient.request("updateFixGuide.graphql", Map.of("code", "ERR_CACHETEST_1",
                "guide", Map.of("summary", "Guide B.", "steps", List.of("Step B."))));
        Response first = post(guide, EDITOR);
        post(other, EDITOR);
        Response again = post(guide, EDITOR);
        assertThat(first.header(ResponseCacheRoute.HEADER)).isEqualTo("bypass");
        assertThat(again.header(ResponseCacheRoute.HEADER)).isEqualTo("bypass");
        assertThat(json(again).path("data").path("updateFixGuide").path("revision").asInt())
                .as("the same mutation ran again").isEqualTo(json(first).path("data").path("updateFixGuide")
                        .path("revision").asInt() + 2);
    }

    @Test
    void answersWithErrorsAreNotCached() {
        String tooLarge = GraphQLClient.request("errorCodes.graphql", Map.of("first", 100_000));
        Response first = post(tooLarge, null);
        assertThat(json(first).path("errors")).as("%s", first.asString()).isNotEmpty();
        assertThat(first.header(ResponseCacheRoute.HEADER)).isEqualTo("miss");
        assertThat(cacheHeader(tooLarge, null)).isEqualTo("miss");
    }

    @Test
    void anEditShowsInTheNextIdenticalQuery() {
        GraphQLClient.post("upsert.graphql", Map.of("input", input("ERR_CACHETEST_2", "The cache test broke.")),
                EDITOR);
        String read = GraphQLClient.request("errorCode.graphql", Map.of("code", "err-cachetest-2"));
        post(read, null);
        Response cached = post(read, null);
        assertThat(cached.header(ResponseCacheRoute.HEADER)).isEqualTo("hit");
        assertThat(json(cached).path("data").path("errorCode").path("fixGuide").path("summary").asText())
                .isNotEqualTo("Turn it off and on again.");

        GraphQLClient.post("updateFixGuide.graphql", Map.of("code", "ERR_CACHETEST_2",
                "guide", Map.of("summary", "Turn it off and on again.", "steps", List.of("Off.", "On."))), EDITOR);

        Response after = post(read, null);
        assertThat(after.header(ResponseCacheRoute.HEADER)).isEqualTo("miss");
        assertThat(json(after).path("data").path("errorCode").path("fixGuide").path("summary").asText())
                .isEqualTo("Turn it off and on again.");

        GraphQLClient.post("upsert.graphql", Map.of("input", input("ERR_CACHETEST_2", "The cache test broke again.")),
                EDITOR);
        assertThat(json(post(read, null)).path("data").path("errorCode").path("message").asText())
                .isEqualTo("The cache test broke again.");
    }

    @Test
    void ticketQueriesAndMatchAreNotCached() {
        String stats = GraphQLClient.request("tickets/stats.graphql", Map.of());
        assertThat(cacheHeader(stats, AGENT)).isEqualTo("bypass");
        assertThat(cacheHeader(stats, AGENT)).isEqualTo("bypass");
        String match = GraphQLClient.request("match.graphql", Map.of("text", "ERR_NGROK_8012 again"));
        assertThat(cacheHeader(match, null)).isEqualTo("bypass");
        assertThat(cacheHeader(match, null)).isEqualTo("bypass");
    }

    @Test
    void anUnknownKeyIsRefusedWhereAnAnswerIsCached() {
        String read = GraphQLClient.request("errorCode.graphql", Map.of("code", "ERR_NGROK_4100"));
        post(read, null);
        assertThat(cacheHeader(read, null)).isEqualTo("hit");

        Response refused = given().header("Authorization", "Bearer not-a-key").contentType(ContentType.JSON)
                .body(read).post("/graphql");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.header(ResponseCacheRoute.HEADER)).isNotEqualTo("hit");
        assertThat(json(refused).path("code").asText()).isEqualTo("ERR_ERRDEX_1302");
    }

    @Test
    void httpMetricsAndCacheCountersCountHits() {
        String read = GraphQLClient.request("errorCode.graphql", Map.of("code", "ERR_NGROK_6022"));
        post(read, null);
        double requestsBefore = metric("http_server_requests_seconds_count", "uri=\"/graphql\"", "status=\"200\"");
        double hitsBefore = metric("errdex_api_response_cache_hits_total");
        for (int i = 0; i < 3; i++) {
            assertThat(cacheHeader(read, null)).isEqualTo("hit");
        }
        assertThat(metric("http_server_requests_seconds_count", "uri=\"/graphql\"", "status=\"200\""))
                .isGreaterThanOrEqualTo(requestsBefore + 3);
        assertThat(metric("errdex_api_response_cache_hits_total")).isGreaterThanOrEqualTo(hitsBefore + 3);
    }

    @Test
    void aClientCannotSetTheInternalCaptureHeader() {
        String read = GraphQLClient.request("errorCode.graphql", Map.of("code", "ERR_NGROK_108"));
        Response r = given().header(ResponseCacheRoute.TOKEN, "forged").contentType(ContentType.JSON).body(read)
                .post("/graphql");
        assertThat(r.header(ResponseCacheRoute.HEADER)).isEqualTo("miss");
        assertThat(cacheHeader(read, null)).isEqualTo("hit");
    }

    private static Response post(String body, String key) {
        var spec = given();
        if (key != null) {
            spec = spec.header("Authorization", "Bearer " + key);
        }
        return spec.contentType(ContentType.JSON).body(body).post("/graphql");
    }

    private static String cacheHeader(String body, String key) {
        return post(body, key).header(ResponseCacheRoute.HEADER);
    }

    private static JsonNode json(Response r) {
        try {
            return JSON.readTree(r.asByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(r.asString(), e);
        }
    }

    /** Sum of the Prometheus samples of {@code name} whose labels contain all of {@code labels}. */
    private static double metric(String name, String... labels) {
        String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*})? ([0-9.eE+-]+)$").matcher(text);
        double sum = 0;
        while (m.find()) {
            String l = m.group(1) == null ? "" : m.group(1);
            boolean all = true;
            for (String label : labels) {
                all &= l.contains(label);
            }
            if (all) {
                sum += Double.parseDouble(m.group(2));
            }
        }
        return sum;
    }

    private static Map<String, Object> input(String code, String message) {
        return Map.of("code", code, "message", message, "category", "other");
    }
}
