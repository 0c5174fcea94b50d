package dev.errdex.triage.outbound;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The webhook client against a real HTTP server on a free loopback port. */
class HelpdeskWebhookTest {

    private HttpServer server;
    private final AtomicInteger status = new AtomicInteger(200);
    private final List<String> secrets = new CopyOnWriteArrayList<>();
    private final List<String> signatures = new CopyOnWriteArrayList<>();
    private final List<String> bodies = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            signatures.add(String.valueOf(exchange.getRequestHeaders().getFirst("X-Errdex-Signature")));
            secrets.add(String.valueOf(exchange.getRequestHeaders().getFirst("X-Errdex-Secret")));
            exchange.sendResponseHeaders(status.get(), -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private HelpdeskWebhook webhook(int port) {
        return new HelpdeskWebhook(URI.create("http://127.0.0.1:" + port + "/notes"), Optional.of("s3cret"),
                "X-Errdex-Secret", Duration.ofSeconds(2), Duration.ofSeconds(5));
    }

    @Test
    void classifiesAnswersIntoDeliveredRetryAndRefused() {
        HelpdeskWebhook webhook = webhook(server.getAddress().getPort());
        int[][] expectations = {{200, 0}, {204, 0}, {408, 1}, {429, 1}, {500, 1}, {503, 1}, {400, 2}, {401, 2},
                {404, 2}, {422, 2}};
        for (int[] e : expectations) {
            status.set(e[0]);
            assertThat(webhook.post("{}", "k").kind()).as("HTTP %d", e[0])
                    .isEqualTo(DeliveryOutcome.Kind.values()[e[1]]);
        }
        assertThat(secrets).containsOnly("s3cret");
    }

    @Test
    void aSignedNoteCarriesItsTimeAndAnHmacOfTimeDotBodyThatAReceiverCanRecompute() throws Exception {
        java.time.Clock clock = java.time.Clock.fixed(java.time.Instant.ofEpochSecond(1_765_000_000L),
                java.time.ZoneOffset.UTC);
        HelpdeskWebhook webhook = new HelpdeskWebhook(URI.create("http://127.0.0.1:" + server.getAddress().getPort()
                + "/notes"), Optional.empty(), "Authorization", Duration.ofSeconds(2), Duration.ofSeconds(5),
                Optional.of("whsec-1"), clock);

        assertThat(webhook.post("{\"version\":1}", "k").kind()).isEqualTo(DeliveryOutcome.Kind.DELIVERED);

        // what a receiver does (docs/helpdesks.md): split t and v1, HMAC-SHA256 over "t.body" with the shared key
        String header = signatures.get(0);
        assertThat(header).matches("t=1765000000,v1=[0-9a-f]{64}");
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec("whsec-1".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "HmacSHA256"));
        String expected = java.util.HexFormat.of().formatHex(mac.doFinal(("1765000000." + bodies.get(0))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(header).endsWith(",v1=" + expected);
        assertThat(HelpdeskWebhook.signature("another key", 1_765_000_000L, bodies.get(0))).isNotEqualTo(header);
    }

    @Test
    void retriesWhenNobodyListens() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        DeliveryOutcome outcome = webhook(closed).post("{}", "k");
        assertThat(outcome.kind()).isEqualTo(DeliveryOutcome.Kind.RETRY);
        assertThat(outcome.detail()).startsWith("ERR_ERRDEX_1261");
    }

    @Test
    void refusesAUrlThatIsNotHttp() {
        assertThatThrownBy(() -> new HelpdeskWebhook(URI.create("file:///etc/passwd"), Optional.empty(),
                "Authorization", Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .hasMessageStartingWith("ERR_ERRDEX_1265");
    }
}
