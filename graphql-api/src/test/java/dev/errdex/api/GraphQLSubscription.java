package dev.errdex.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One GraphQL subscription over a real WebSocket (graphql-transport-ws): connects, checks the
 * {@code connection_ack}, subscribes, answers pings, and queues every other message it receives.
 */
public final class GraphQLSubscription implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The messages received after the acknowledgement ({@code next}, {@code error}, {@code complete}). */
    public final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
    private final WebSocket socket;

    /**
     * @param graphql      the service's {@code /graphql} URL (http or https)
     * @param key          the API key sent as {@code Authorization: Bearer key}, or null for none
     * @param subscription the subscription document
     */
    public GraphQLSubscription(URI graphql, String key, String subscription) throws Exception {
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder()
                .subprotocols("graphql-transport-ws");
        if (key != null) {
            builder.header("Authorization", "Bearer " + key);
        }
        socket = builder.buildAsync(URI.create(graphql.toString().replaceFirst("^http", "ws")), new Listener())
                .get(10, TimeUnit.SECONDS);
        socket.sendText(JSON.createObjectNode().put("type", "connection_init").toString(), true).get();
        JsonNode ack = received.poll(10, TimeUnit.SECONDS);
        assertThat(ack).as("answer to connection_init").isNotNull();
        assertThat(ack.path("type").asText()).as("%s", ack).isEqualTo("connection_ack");
        subscribe("1", subscription);
    }

    /** Sends one more operation over the same connection, under {@code id}. */
    public void subscribe(String id, String operation) throws Exception {
        ObjectNode subscribe = JSON.createObjectNode().put("id", id).put("type", "subscribe");
        subscribe.putObject("payload").put("query", operation);
        socket.sendText(subscribe.toString(), true).get();
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                try {
                    JsonNode message = JSON.readTree(text.toString());
                    if (message.path("type").asText().equals("ping")) {
                        ws.sendText("{\"type\":\"pong\"}", true);
                    } else {
                        received.add(message);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                text.setLength(0);
            }
            ws.request(1);
            return null;
        }
    }
}
