package dev.errdex.api.ops;

import dev.errdex.catalog.testing.PostgresTestDatabase;
import dev.errdex.triage.ticket.Channel;
import dev.errdex.triage.ticket.TicketService;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** What an operator watches: the pipeline's gauges, the attach counter, the pool, and the outbox in readiness. */
@QuarkusTest
@WithTestResource(value = PostgresTestDatabase.class, scope = TestResourceScope.GLOBAL)
class PipelineMetricsTest {

    @Inject
    TicketService tickets;

    @Test
    void metricsShowTicketsByStateTheOutboxTheAttachRateAndThePool() throws Exception {
        String unique = "Message-ID: <pipeline-metrics-" + System.nanoTime() + "@example.com>\r\n";
        tickets.ingest((unique + new String(resource("tickets/explicit-code.eml"), StandardCharsets.UTF_8)
                .replaceFirst("(?im)^Message-ID:.*\\r?\\n", "")).getBytes(StandardCharsets.UTF_8),
                Channel.WEBHOOK, "pipeline-metrics-test");

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("errdex_outbox_depth", "errdex_outbox_dead_letters",
                "errdex_outbox_oldest_due_seconds", "errdex_imap_lag_seconds", "agroal_");
        assertThat(metrics).containsPattern("errdex_triage_emails_total\\{attached=\"(true|false)\"");
        // the counts are read at most every 10 s: wait until they include the ticket stored above
        long deadline = System.nanoTime() + 30_000_000_000L;
        double total = 0;
        while (total < 1 && System.nanoTime() < deadline) {
            total = ticketsInAllStates(given().get("/q/metrics").then().extract().asString());
            if (total < 1) {
                Thread.sleep(500);
            }
        }
        assertThat(total).as("tickets counted over all states").isGreaterThanOrEqualTo(1);
    }

    @Test
    void readinessIncludesTheOutboxAndItIsNotStuck() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'outbox' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'outbox' }.data.stuck", equalTo(false));
        given().get("/q/health/ready").then().body(containsString("deadLetters"));
    }

    private static double ticketsInAllStates(String metrics) {
        Matcher m = Pattern.compile("(?m)^errdex_tickets\\{[^}]*} ([0-9.eE+-]+)$").matcher(metrics);
        double sum = 0;
        while (m.find()) {
            sum += Double.parseDouble(m.group(1));
        }
        return sum;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = PipelineMetricsTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
