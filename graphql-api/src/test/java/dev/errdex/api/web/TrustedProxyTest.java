package dev.errdex.api.web;

import dev.errdex.catalog.testing.PostgresTestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Behind a TLS proxy that errdex trusts, absolute URLs take the forwarded scheme and host. */
@QuarkusTest
@TestProfile(TrustedProxyProfile.class)
@WithTestResource(value = PostgresTestDatabase.class, scope = TestResourceScope.GLOBAL)
class TrustedProxyTest {

    /** A request as a TLS proxy in front of errdex sends it. */
    static Response viaProxy(String path) {
        return given().redirects().follow(false).urlEncodingEnabled(false)
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "errors.example.com")
                .header("X-Forwarded-For", "198.51.100.7")
                .when().get(path);
    }

    @Test
    void redirectsCanonicalLinksAndSitemapsUseTheForwardedHttpsHost() {
        assertThat(viaProxy("/errors/err-ngrok-8012").header("Location"))
                .isEqualTo("https://errors.example.com/errors/ERR_NGROK_8012");
        assertThat(viaProxy("/").header("Location")).isEqualTo("https://errors.example.com/errors");
        assertThat(viaProxy("/errors/search?q=err-ngrok-8012").header("Location"))
                .isEqualTo("https://errors.example.com/errors/ERR_NGROK_8012");
        assertThat(Jsoup.parse(viaProxy("/errors/ERR_NGROK_8012").asString()).select("link[rel=canonical]")
                .attr("href")).isEqualTo("https://errors.example.com/errors/ERR_NGROK_8012");
        assertThat(viaProxy("/robots.txt").asString()).contains("Sitemap: https://errors.example.com/sitemap.xml");
        assertThat(viaProxy("/sitemap.xml").asString())
                .contains("<loc>https://errors.example.com/sitemaps/ERR_NGROK-1.xml</loc>");
    }
}
