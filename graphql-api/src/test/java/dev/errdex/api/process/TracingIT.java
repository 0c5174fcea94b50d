package dev.errdex.api.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errdex.api.process.OtlpReceiver.ExportedSpan;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged service switched on with the standard variables ({@code OTEL_SDK_DISABLED=false},
 * {@code OTEL_EXPORTER_OTLP_ENDPOINT}, {@code OTEL_SERVICE_NAME}) sends its spans to a real OTLP/HTTP receiver, and
 * the JSON log line of a request carries the same trace id as its spans; a collector that is not there does not stop
 * it from starting.
 */
@Tag("database-free") // the same on every database: not re-run by the PostgreSQL build
class TracingIT {

    private static final String SECRET = "it-webhook-secret-0123456789abcdefghijklmnop";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    @Test
    void spansReachTheCollectorAndTheRequestLogLineCarriesTheirTraceId() throws Exception {
        try (OtlpReceiver collector = new OtlpReceiver();
             ServiceProcess service = ServiceProcess.create(home, Map.of("QUARKUS_LOG_CONSOLE_JSON", "true",
                     "OTEL_SDK_DISABLED", "false", "OTEL_EXPORTER_OTLP_ENDPOINT", collector.endpoint(),
                     "OTEL_SERVICE_NAME", "errdex-it", "QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "200ms",
                     "ERRDEX_WEBHOOK_SECRET", SECRET, "ERRDEX_CATALOG_SEED_ON_START", "false"))) {
            service.start(Duration.ofMinutes(4));
            HttpResponse<String> answer = service.postEmail(SECRET, "tickets/explicit-code.eml", "tracing-it-7");
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);

            ExportedSpan triage = await(collector, s -> s.name().equals("triage email"));
            service.stop();

            assertThat(collector.paths()).contains("/v1/traces");
            assertThat(collector.spans()).anySatisfy(s -> {
                assertThat(s.traceId()).isEqualTo(triage.traceId());
                assertThat(s.kind()).isEqualTo(ExportedSpan.KIND_SERVER);
            });
            assertThat(collector.spans()).filteredOn(s -> s.parentSpanId().equals(triage.spanId()))
                    .extracting(ExportedSpan::name).contains("triage read", "triage extract");
            List<JsonNode> stored = new ArrayList<>();
            for (String line : service.lines()) {
                JsonNode l = JSON.readTree(line);
                if (l.path("message").asText().contains("stored as ticket")) {
                    stored.add(l);
                }
            }
            assertThat(stored).isNotEmpty().allSatisfy(l -> {
                assertThat(l.path("mdc").path("requestId").asText()).isEqualTo("tracing-it-7");
                assertThat(l.path("mdc").path("traceId").asText()).isEqualTo(triage.traceId());
                assertThat(l.path("mdc").path("spanId").asText()).isNotBlank();
            });
        }
    }

    @Test
    void aCollectorThatIsNotThereDoesNotStopTheServiceFromStarting() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        try (ServiceProcess service = ServiceProcess.create(home, Map.of("OTEL_SDK_DISABLED", "false",
                "OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:" + closedPort,
                "ERRDEX_CATALOG_SEED_ON_START", "false"))) {
            service.start(Duration.ofMinutes(4));
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(service.url() + "/q/health/live")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
        }
    }

    private static ExportedSpan await(OtlpReceiver collector, java.util.function.Predicate<ExportedSpan> wanted)
            throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(until)) {
            for (ExportedSpan s : collector.spans()) {
                if (wanted.test(s)) {
                    return s;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not exported; got " + collector.spans().stream().map(ExportedSpan::name).toList());
    }

}
