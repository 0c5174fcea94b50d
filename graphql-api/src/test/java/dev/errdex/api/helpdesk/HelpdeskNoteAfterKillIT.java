package dev.errdex.api.helpdesk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.errdex.api.process.ServiceProcess;
import dev.errdex.triage.inbound.helpdesk.HelpdeskSignatures;
import dev.errdex.triage.testing.HelpdeskStubs;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 between a helpdesk event's acknowledgement and its note, on the packaged service: Zendesk's stub refuses
 * the first delivery (503, Retry-After), the process is killed while the note waits for its retry, and after the
 * restart the note reaches the ticket exactly once.
 */
class HelpdeskNoteAfterKillIT {

    private static final String SECRET = "zd-signing-secret-for-the-kill-test";
    private static final String NOTES = "/api/v2/tickets/[0-9]+";

    @TempDir
    Path home;

    @Test
    void aNoteAcknowledgedBeforeAKillIsDeliveredOnceAfterTheRestart() throws Exception {
        try (HelpdeskStubs stubs = new HelpdeskStubs()) {
            stubs.server().stubFor(put(urlPathMatching(NOTES)).atPriority(1)
                    .inScenario("first delivery").whenScenarioStateIs(Scenario.STARTED)
                    .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "3"))
                    .willSetStateTo("refused once"));
            Map<String, String> env = Map.of(
                    "ERRDEX_HELPDESK_ZENDESK_URL", stubs.url(),
                    "ERRDEX_HELPDESK_ZENDESK_EMAIL", HelpdeskStubs.ZENDESK_EMAIL,
                    "ERRDEX_HELPDESK_ZENDESK_TOKEN", HelpdeskStubs.ZENDESK_TOKEN,
                    "ERRDEX_HELPDESK_ZENDESK_WEBHOOK_SECRET", SECRET,
                    "ERRDEX_OUTBOUND_POLL_INTERVAL", "1s",
                    // a note reserved by the killed sender is sent again after the lease (default 2 minutes)
                    "ERRDEX_OUTBOUND_LEASE", "10s");
            try (ServiceProcess service = ServiceProcess.create(home, env)) {
                service.start(Duration.ofMinutes(4));
                HttpResponse<String> ack = zendeskEvent(service, "4242");
                assertThat(ack.statusCode()).as(ack.body()).isEqualTo(201);

                List<ServeEvent> refused = waitForNotes(stubs, 1, Duration.ofSeconds(60), service);
                assertThat(refused.get(0).getResponse().getStatus()).isEqualTo(503);
                Thread.sleep(500); // time for the sender to record the refusal (else the lease brings the note back)
                service.kill(); // the note is due again in 3 s: the process dies before that

                service.start(Duration.ofMinutes(4));
                List<ServeEvent> all = waitForNotes(stubs, 2, Duration.ofSeconds(90), service);
                Thread.sleep(5_000); // a duplicate would come within the poll interval and the retry delay
                all = notes(stubs);
                assertThat(all).hasSize(2);
                assertThat(all.stream().filter(e -> e.getResponse().getStatus() == 200)).hasSize(1);
                String delivered = all.stream().filter(e -> e.getResponse().getStatus() == 200).findFirst()
                        .orElseThrow().getRequest().getBodyAsString();
                assertThat(delivered).contains("ERR_NGROK_8012").contains("\"public\":false");
                assertThat(all.get(0).getRequest().getUrl()).contains("/api/v2/tickets/4242");
            }
        }
    }

    private static HttpResponse<String> zendeskEvent(ServiceProcess service, String ticket) throws Exception {
        byte[] body = new ObjectMapper().createObjectNode().put("ticket_id", ticket).put("subject", "Tunnel error")
                .put("description", "Since this morning our tunnel answers ERR_NGROK_8012 and the agent log says"
                        + " it failed to dial the upstream on 127.0.0.1:8080.")
                .put("requester_email", "customer@example.com").toString().getBytes(StandardCharsets.UTF_8);
        String ts = Instant.now().toString();
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(service.url() + "/helpdesk/zendesk"))
                .header("Content-Type", "application/json")
                .header(HelpdeskSignatures.ZENDESK_TIMESTAMP, ts)
                .header(HelpdeskSignatures.ZENDESK_SIGNATURE, HelpdeskSignatures.zendesk(SECRET, ts, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The note requests the stub received, oldest first. */
    private static List<ServeEvent> notes(HelpdeskStubs stubs) {
        return stubs.server().getAllServeEvents().stream()
                .filter(e -> e.getRequest().getMethod().getName().equals("PUT")
                        && e.getRequest().getUrl().matches(NOTES + "(\\?.*)?"))
                .sorted((a, b) -> a.getRequest().getLoggedDate().compareTo(b.getRequest().getLoggedDate()))
                .toList();
    }

    private static List<ServeEvent> waitForNotes(HelpdeskStubs stubs, int count, Duration timeout,
                                                 ServiceProcess service) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<ServeEvent> seen = notes(stubs);
        while (seen.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(100);
            seen = notes(stubs);
        }
        List<String> log = service.lines();
        assertThat(seen).as("note requests on the Zendesk stub; the service printed:%n%s",
                String.join("\n", log.subList(Math.max(0, log.size() - 30), log.size())))
                .hasSizeGreaterThanOrEqualTo(count);
        return seen;
    }
}
