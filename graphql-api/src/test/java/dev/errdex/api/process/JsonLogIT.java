package dev.errdex.api.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON-log switch as the deploy files set it ({@code QUARKUS_LOG_CONSOLE_JSON=true}) works on the packaged
 * service: every line it prints is one JSON object, and lines logged while a request runs carry the request's id.
 */
@Tag("database-free") // the same on every database: not re-run by the PostgreSQL build
class JsonLogIT {

    private static final String SECRET = "it-webhook-secret-0123456789abcdefghijklmnop";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    @Test
    void everyLineIsJsonAndRequestLinesCarryTheRequestId() throws Exception {
        try (ServiceProcess service = ServiceProcess.create(home, Map.of("QUARKUS_LOG_CONSOLE_JSON", "true",
                "ERRDEX_WEBHOOK_SECRET", SECRET, "ERRDEX_CATALOG_SEED_ON_START", "false"))) {
            service.start(Duration.ofMinutes(4));
            HttpResponse<String> answer = service.postEmail(SECRET, "tickets/explicit-code.eml", "json-log-it-42");
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
            assertThat(answer.headers().firstValue("X-Request-Id")).hasValue("json-log-it-42");
            service.stop();

            List<JsonNode> lines = new ArrayList<>();
            for (String line : service.lines()) {
                lines.add(JSON.readTree(line)); // throws on any line that is not JSON
            }
            assertThat(lines).allSatisfy(l -> assertThat(l.isObject()).as(l.toString()).isTrue());
            assertThat(lines).anySatisfy(l -> assertThat(l.path("message").asText()).contains("ticket"));
            assertThat(lines.stream().filter(l -> l.path("message").asText().contains("stored as ticket")))
                    .isNotEmpty()
                    .allSatisfy(l -> assertThat(l.path("mdc").path("requestId").asText()).isEqualTo("json-log-it-42"));
        }
    }

}
