package dev.errdex.api.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errdex.api.GraphQLClient;
import dev.errdex.api.graphql.cache.CachedResponses;
import dev.errdex.api.graphql.cache.ClosedReadsRateLimitedProfile;
import dev.errdex.catalog.testing.PostgresTestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The direct path of plain reads under closed reads and a rate limit (the profile of the response cache's access
 * tests, so no start of its own): a caller who may not read is refused by SmallRye as before, a reader is answered
 * directly with the same data and the rate-limit headers.
 */
@QuarkusTest
@TestProfile(ClosedReadsRateLimitedProfile.class)
@WithTestResource(value = PostgresTestDatabase.class, scope = TestResourceScope.GLOBAL)
class DirectReadsAccessTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String READ = GraphQLClient.request("errorCode.graphql", Map.of("code", "ERR_NGROK_8012"));

    @Inject
    DirectReads reads;

    @Inject
    CachedResponses cache;

    @AfterEach
    void directPathBackOn() {
        reads.enable(true);
    }

    @Test
    void aCallerWithoutAKeyGetsSmallRyesRefusalOnBothPaths() throws IOException {
        double before = reads.answered();
        Response on = post(true, null);
        Response off = post(false, null);
        assertThat(reads.answered()).isEqualTo(before);
        assertThat(on.statusCode()).isEqualTo(off.statusCode());
        JsonNode refused = JSON.readTree(on.asByteArray());
        assertThat(refused).isEqualTo(JSON.readTree(off.asByteArray()));
        assertThat(refused.path("errors").path(0).path("extensions").path("code").asText())
                .isEqualTo("ERR_ERRDEX_1301");
    }

    @Test
    void aReaderIsAnsweredDirectlyWithTheRateLimitHeaders() throws IOException {
        double before = reads.answered();
        Response on = post(true, "test-agent-key");
        assertThat(reads.answered()).isEqualTo(before + 1);
        Response off = post(false, "test-agent-key");
        assertThat(on.statusCode()).isEqualTo(off.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(on.asByteArray())).isEqualTo(JSON.readTree(off.asByteArray()));
        assertThat(JSON.readTree(on.asByteArray()).path("data").path("errorCode").path("code").asText())
                .isEqualTo("ERR_NGROK_8012");
        assertThat(on.header("RateLimit-Limit")).isNotBlank().isEqualTo(off.header("RateLimit-Limit"));
        assertThat(on.header("RateLimit-Remaining")).isNotBlank();
        assertThat(off.header("RateLimit-Remaining")).isNotBlank();
        assertThat(on.contentType()).isEqualTo(off.contentType());
    }

    private Response post(boolean direct, String key) {
        cache.clear();
        reads.enable(direct);
        var spec = given().contentType(ContentType.JSON).body(READ);
        if (key != null) {
            spec = spec.header("Authorization", "Bearer " + key);
        }
        return spec.post("/graphql");
    }
}
