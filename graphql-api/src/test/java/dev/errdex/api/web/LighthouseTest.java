package dev.errdex.api.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errdex.catalog.testing.PostgresTestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Lighthouse 12.2.3 (npm, installed into {@code .ci/node} by {@code .ci/install-lighthouse.sh}) with Debian's chromium
 * ({@code .ci/install-browser.sh}) on {@code /errors}, a code page and the search page of the running service: SEO,
 * Accessibility and Best Practices each score at least 0.95. The reports are kept under
 * {@code graphql-api/target/lighthouse/}. Where lighthouse or chromium is missing the test is skipped with the reason;
 * under CI ({@code CI=true}) it fails instead.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestDatabase.class, scope = TestResourceScope.GLOBAL)
class LighthouseTest {

    static final double MIN_SCORE = 0.95;
    static final Path LIGHTHOUSE = Path.of("..", ".ci", "node", "node_modules", ".bin", "lighthouse");
    static final List<String> CATEGORIES = List.of("seo", "accessibility", "best-practices");
    static final String CHROME_FLAGS = "--headless --no-sandbox --disable-gpu --disable-quic --no-first-run"
            + " --disable-background-networking --disable-component-update --disable-sync";

    @TestHTTPResource("/")
    URL base;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"errors, /errors", "code-page, /errors/ERR_NGROK_8012", "search-page, /errors/search"})
    void thePageScoresAtLeast095ForSeoAccessibilityAndBestPractices(String name, String path) throws Exception {
        // the pages are the same HTML whatever database holds the catalog: audited once, in the H2 (default) build
        assumeFalse("postgresql".equals(System.getProperty("errdex.db-kind")),
                "Lighthouse audits the pages in the default (H2) build of CI; the PostgreSQL build does not repeat it");
        requireTools();
        Path report = Path.of("target", "lighthouse", name + ".json").toAbsolutePath();
        Files.createDirectories(report.getParent());
        String url = "http://localhost:" + base.getPort() + path;
        List<String> command = new ArrayList<>(List.of(LIGHTHOUSE.toString(), url, "--quiet", "--output=json",
                "--output-path=" + report, "--only-categories=" + String.join(",", CATEGORIES),
                "--chrome-flags=" + CHROME_FLAGS, "--max-wait-for-load=60000"));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(report.resolveSibling(name + ".log").toFile());
        pb.environment().put("CHROME_PATH", Browser.CHROMIUM.toString());
        Process lighthouse = pb.start();
        if (!lighthouse.waitFor(5, TimeUnit.MINUTES)) {
            lighthouse.destroyForcibly();
            fail("lighthouse did not finish in 5 minutes on " + url);
        }
        assertThat(lighthouse.exitValue()).as("lighthouse exit code, see %s", report.resolveSibling(name + ".log"))
                .isZero();

        Map<String, Double> scores = scores(report);
        System.out.println("lighthouse " + path + ": " + scores);
        assertThat(scores).as("%s: %s (failed audits: %s)", path, scores, failedAudits(report))
                .allSatisfy((category, score) -> assertThat(score).isGreaterThanOrEqualTo(MIN_SCORE));
        assertThat(scores.keySet()).containsExactlyInAnyOrderElementsOf(CATEGORIES);
    }

    private static void requireTools() {
        String why = null;
        if (!Files.isExecutable(Browser.CHROMIUM)) {
            why = Browser.CHROMIUM + " is missing; run .ci/install-browser.sh";
        } else if (!Files.isExecutable(LIGHTHOUSE)) {
            why = "lighthouse is missing from .ci/node; run .ci/install-lighthouse.sh";
        }
        if (why != null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("under CI the Lighthouse test must run: " + why);
            }
            assumeTrue(false, "Lighthouse test skipped: " + why);
        }
    }

    private static Map<String, Double> scores(Path report) throws IOException {
        JsonNode categories = new ObjectMapper().readTree(report.toFile()).path("categories");
        Map<String, Double> scores = new LinkedHashMap<>();
        categories.fields().forEachRemaining(e -> scores.put(e.getKey(), e.getValue().path("score").asDouble()));
        return scores;
    }

    /** The audits that lost points, for the failure message. */
    private static List<String> failedAudits(Path report) throws IOException {
        List<String> failed = new ArrayList<>();
        new ObjectMapper().readTree(report.toFile()).path("audits").fields().forEachRemaining(e -> {
            JsonNode score = e.getValue().path("score");
            if (score.isNumber() && score.asDouble() < 1) {
                failed.add(e.getKey() + "=" + score.asDouble());
            }
        });
        return failed;
    }
}
