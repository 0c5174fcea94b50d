package dev.errdex.api.graphql.cache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errdex.api.GraphQLClient;
import dev.errdex.api.ops.LockedDownProfile;
import dev.errdex.catalog.testing.PostgresTestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cached answer never gets around a refusal: closed reads, an unknown key, the rate limit. Each test uses its own
 * key (or the only anonymous request), so that the small rate limit meets only the test about it.
 */
@QuarkusTest
@TestProfile(ClosedReadsRateLimitedProfile.class)
@WithTestResource(value = PostgresTestDatabase.class, scope = TestResourceScope.GLOBAL)
class ResponseCacheAccessTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void closedReadsStillRefuseACallerWithoutAKeyWhenTheAnswerIsCached() throws IOException {
        String read = GraphQLClient.request("errorCode.graphql", Map.of("code", "ERR_NGROK_8012"));
        post(read, "test-agent-key");
        Response cached = post(read, "test-agent-key");
        assertThat(cached.header(ResponseCacheRoute.HEADER)).isEqualTo("hit");

        Response anonymous = post(read, null);
        assertThat(anonymous.header(ResponseCacheRoute.HEADER)).isNotEqualTo("hit");
        JsonNode refused = JSON.readTree(anonymous.asByteArray());
        assertThat(refused.path("errors").path(0).path("extensions").path("code").asText())
                .isEqualTo("ERR_ERRDEX_1301");
        assertThat(refused.path("data").path("errorCode").isNull()).isTrue();
    }

    @Test
    void anUnknownKeyIsRefusedWhenTheAnswerIsCached() throws IOException {
        String read = GraphQLClient.request("errorCode.graphql", Map.of("code", "ERR_NGROK_3200"));
        post(read, "test-editor-key");
        assertThat(post(read, "test-editor-key").header(ResponseCacheRoute.HEADER)).isEqualTo("hit");

        Response unknown = post(read, "not-a-key");
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(unknown.header(ResponseCacheRoute.HEADER)).isNotEqualTo("hit");
        assertThat(JSON.readTree(unknown.asByteArray()).path("code").asText()).isEqualTo("ERR_ERRDEX_1302");
    }

    @Test
    void theRateLimitCountsAndRefusesCachedAnswers() {
        String read = GraphQLClient.request("errorCode.graphql", Map.of("code", "ERR_NGROK_3004"));
        assertThat(post(read, "test-admin-key").header(ResponseCacheRoute.HEADER)).isEqualTo("miss");
        for (int i = 1; i < LockedDownProfile.BURST; i++) {
            Response hit = post(read, "test-admin-key");
            assertThat(hit.statusCode()).isEqualTo(200);
            assertThat(hit.header(ResponseCacheRoute.HEADER)).isEqualTo("hit");
        }
        Response limited = post(read, "test-admin-key");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.header(ResponseCacheRoute.HEADER)).isNull();
        assertThat(limited.header("Retry-After")).isNotBlank();
    }

    private static Response post(String body, String key) {
        var spec = given();
        if (key != null) {
            spec = spec.header("Authorization", "Bearer " + key);
        }
        return spec.contentType(ContentType.JSON).body(body).post("/graphql");
    }
}
