package dev.errdex.api.web;

import dev.errdex.api.ops.RateLimitProfile;
import dev.errdex.catalog.testing.PostgresTestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static dev.errdex.api.web.TrustedProxyTest.viaProxy;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The proxy settings of {@link TrustedProxyProfile} with another trusted address, the one the rate limit is tested
 * with: the request does not come from a trusted proxy, so its forwarded headers count for nothing.
 */
@QuarkusTest
@TestProfile(RateLimitProfile.class)
@WithTestResource(value = PostgresTestDatabase.class, scope = TestResourceScope.GLOBAL)
class UntrustedProxyTest {

    @Test
    void forwardedHeadersFromAnUntrustedAddressAreIgnored() {
        assertThat(viaProxy("/errors/err-ngrok-8012").header("Location"))
                .matches("http://localhost:[0-9]+/errors/ERR_NGROK_8012");
        assertThat(Jsoup.parse(viaProxy("/errors/ERR_NGROK_8012").asString()).select("link[rel=canonical]")
                .attr("href")).matches("http://localhost:[0-9]+/errors/ERR_NGROK_8012");
        assertThat(viaProxy("/robots.txt").asString()).doesNotContain("errors.example.com");
    }
}
