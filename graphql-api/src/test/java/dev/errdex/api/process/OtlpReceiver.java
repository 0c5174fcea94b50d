package dev.errdex.api.process;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;

/**
 * An OTLP/HTTP trace receiver on a free loopback port: takes {@code POST /v1/traces} (protobuf, gzip or not), answers
 * 200 and keeps the spans. The OTel proto classes are not on the classpath, so it reads the few fields it needs
 * (trace and span ids, parent, name, kind, string attributes) straight from the protobuf wire format.
 */
final class OtlpReceiver implements AutoCloseable {

    /** One exported span; ids in lower-case hex as the logs write them. */
    record ExportedSpan(String traceId, String spanId, String parentSpanId, String name, int kind,
                        Map<String, String> attributes) {
        static final int KIND_SERVER = 2;
    }

    private final HttpServer server;
    private final List<ExportedSpan> spans = new CopyOnWriteArrayList<>();
    private final List<String> paths = new CopyOnWriteArrayList<>();

    OtlpReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            paths.add(exchange.getRequestURI().getPath());
            InputStream in = exchange.getRequestBody();
            if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                in = new GZIPInputStream(in);
            }
            spans.addAll(decode(in.readAllBytes()));
            exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
    }

    /** The endpoint to give as {@code OTEL_EXPORTER_OTLP_ENDPOINT}. */
    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<ExportedSpan> spans() {
        return List.copyOf(spans);
    }

    List<String> paths() {
        return List.copyOf(paths);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** ExportTraceServiceRequest: resource_spans (1) → scope_spans (2) → spans (2). */
    static List<ExportedSpan> decode(byte[] request) {
        List<ExportedSpan> out = new ArrayList<>();
        for (Field resourceSpans : Field.read(request, 1)) {
            for (Field scopeSpans : Field.read(resourceSpans.bytes, 2)) {
                for (Field span : Field.read(scopeSpans.bytes, 2)) {
                    out.add(span(span.bytes));
                }
            }
        }
        return out;
    }

    private static ExportedSpan span(byte[] span) {
        String traceId = "";
        String spanId = "";
        String parent = "";
        String name = "";
        int kind = 0;
        Map<String, String> attributes = new LinkedHashMap<>();
        for (Field f : Field.read(span, -1)) {
            switch (f.number) {
                case 1 -> traceId = HexFormat.of().formatHex(f.bytes);
                case 2 -> spanId = HexFormat.of().formatHex(f.bytes);
                case 4 -> parent = HexFormat.of().formatHex(f.bytes);
                case 5 -> name = new String(f.bytes, java.nio.charset.StandardCharsets.UTF_8);
                case 6 -> kind = (int) f.varint;
                case 9 -> { // KeyValue: key (1), value (2) AnyValue: string_value (1)
                    String key = "";
                    String value = null;
                    for (Field kv : Field.read(f.bytes, -1)) {
                        if (kv.number == 1) {
                            key = new String(kv.bytes, java.nio.charset.StandardCharsets.UTF_8);
                        } else if (kv.number == 2) {
                            for (Field any : Field.read(kv.bytes, 1)) {
                                value = new String(any.bytes, java.nio.charset.StandardCharsets.UTF_8);
                            }
                        }
                    }
                    if (value != null) {
                        attributes.put(key, value);
                    }
                }
                default -> { }
            }
        }
        return new ExportedSpan(traceId, spanId, parent, name, kind, attributes);
    }

    /** One protobuf field: its number and either a varint or the bytes of a length-delimited value. */
    private record Field(int number, long varint, byte[] bytes) {

        /** The fields of a message; only those numbered {@code wanted} (all when -1). */
        static List<Field> read(byte[] message, int wanted) {
            List<Field> fields = new ArrayList<>();
            int[] at = {0};
            while (at[0] < message.length) {
                long key = varint(message, at);
                int number = (int) (key >>> 3);
                int type = (int) (key & 7);
                Field f = switch (type) {
                    case 0 -> new Field(number, varint(message, at), null);
                    case 1 -> skip(number, at, 8);
                    case 5 -> skip(number, at, 4);
                    case 2 -> {
                        int length = (int) varint(message, at);
                        byte[] value = java.util.Arrays.copyOfRange(message, at[0], at[0] + length);
                        at[0] += length;
                        yield new Field(number, 0, value);
                    }
                    default -> throw new IllegalArgumentException("unexpected protobuf wire type " + type);
                };
                if (wanted == -1 || number == wanted) {
                    fields.add(f);
                }
            }
            return fields;
        }

        private static Field skip(int number, int[] at, int bytes) {
            at[0] += bytes;
            return new Field(number, 0, new byte[0]);
        }

        private static long varint(byte[] b, int[] at) {
            long value = 0;
            for (int shift = 0; ; shift += 7) {
                byte next = b[at[0]++];
                value |= (long) (next & 0x7f) << shift;
                if ((next & 0x80) == 0) {
                    return value;
                }
            }
        }
    }
}
