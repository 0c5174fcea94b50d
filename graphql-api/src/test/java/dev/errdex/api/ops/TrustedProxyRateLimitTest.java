package dev.errdex.api.ops;

import dev.errdex.catalog.testing.PostgresTestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a trusted proxy (here: the test client's loopback address), the anonymous budget belongs to the client
 * address the proxy forwards, not to the proxy: two forwarded clients get a budget each. The untrusted case, where
 * the same headers are ignored, is {@link RateLimitBypassTest#forwardedAddressesFromAnUntrustedPeerShareThePeersBudget}.
 */
@QuarkusTest
@TestProfile(TrustedProxyProfile.class)
@WithTestResource(value = PostgresTestDatabase.class, scope = TestResourceScope.GLOBAL)
class TrustedProxyRateLimitTest {

    @Test
    void forwardedAddressesFromATrustedProxyGetABudgetEach() {
        List<Integer> first = anonymousRequestsFrom("203.0.113.7", RateLimitProfile.BURST + 1);
        assertThat(first.subList(0, RateLimitProfile.BURST)).as("the first client's burst").containsOnly(200);
        assertThat(first.get(RateLimitProfile.BURST)).as("the first client past its burst").isEqualTo(429);

        List<Integer> second = anonymousRequestsFrom("203.0.113.8", RateLimitProfile.BURST);
        assertThat(second).as("a second client behind the same proxy has a budget of its own").containsOnly(200);
        assertThat(anonymousRequestsFrom("203.0.113.7", 1)).as("the first client is still over its budget")
                .containsOnly(429);
    }

    private static List<Integer> anonymousRequestsFrom(String client, int n) {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            statuses.add(given().header("X-Forwarded-For", client).get("/api/errors/ERR_NGROK_8012").statusCode());
        }
        return statuses;
    }
}
