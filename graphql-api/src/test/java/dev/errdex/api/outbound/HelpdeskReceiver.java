package dev.errdex.api.outbound;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A helpdesk on a free loopback port that takes notes at {@code POST /notes} and honours {@code Idempotency-Key}: a
 * note whose key it has seen is acknowledged but not recorded again. It can be told to fail.
 */
final class HelpdeskReceiver implements AutoCloseable {

    /** One request as received. */
    record Request(String idempotencyKey, String authorization, String contentType, String body) {
    }

    private final HttpServer server;
    private final List<Request> requests = new ArrayList<>();
    private final Map<String, String> notes = new LinkedHashMap<>();
    private int failuresLeft;
    private int lostResponsesLeft;
    private int refuseWith;

    HelpdeskReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/notes", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/notes";
    }

    synchronized void reset() {
        requests.clear();
        notes.clear();
        failuresLeft = 0;
        lostResponsesLeft = 0;
        refuseWith = 0;
    }

    /** The next {@code n} requests get 503 and are not recorded. */
    synchronized void failNext(int n) {
        failuresLeft = n;
    }

    /** The next {@code n} requests are recorded, but answered with 500 (the answer is "lost"). */
    synchronized void loseNextResponses(int n) {
        lostResponsesLeft = n;
    }

    /** Every request gets this status (0: normal behaviour). */
    synchronized void refuseWith(int status) {
        refuseWith = status;
    }

    synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The notes recorded, by idempotency key. */
    synchronized Map<String, String> notes() {
        return Map.copyOf(notes);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int status;
        synchronized (this) {
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            requests.add(new Request(key, exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Content-Type"), body));
            if (!"POST".equals(exchange.getRequestMethod())) {
                status = 405;
            } else if (refuseWith != 0) {
                status = refuseWith;
            } else if (failuresLeft > 0) {
                failuresLeft--;
                status = 503;
            } else {
                boolean fresh = key != null && notes.putIfAbsent(key, body) == null;
                if (lostResponsesLeft > 0) {
                    lostResponsesLeft--;
                    status = 500;
                } else {
                    status = fresh ? 201 : 200;
                }
            }
        }
        byte[] answer = ("{\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
