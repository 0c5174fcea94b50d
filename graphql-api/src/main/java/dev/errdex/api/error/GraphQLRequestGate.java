package dev.errdex.api.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.exceptions.ParseCancelledTooDeepException;
import graphql.parser.exceptions.ParseCancelledTooManyCharsException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.errdex.api.graphql.cache.PersistedQueries;
import dev.errdex.api.graphql.cache.RememberedDocuments;
import dev.errdex.api.ops.ApiConfig;

/**
 * Reads {@code POST /graphql} requests before SmallRye GraphQL does and answers those it could not execute with a
 * GraphQL error that carries errdex's code in {@code extensions.code} (SmallRye answers them without one): a media
 * type other than JSON or {@code application/graphql} ({@code ERR_ERRDEX_1322}, 415), an empty or non-JSON body or
 * one without a query ({@code ERR_ERRDEX_1321}, 400), a document with a syntax error ({@code ERR_ERRDEX_1320}, 400)
 * or over the parser's token limits ({@code ERR_ERRDEX_1314}, 400). Every other request goes on unchanged.
 *
 * <p>A document longer than {@code errdex.api.max-query-length} characters is refused first ({@code ERR_ERRDEX_1330},
 * 413), before anything parses or remembers it. A document is parsed here once with the limits SmallRye applies
 * ({@code quarkus.smallrye-graphql.parser-*}); documents that parsed are remembered (up to {@value #REMEMBERED} of
 * them and {@value #REMEMBERED_CHARS} characters), so a client sending the same operation again costs a look-up,
 * not a second parse.
 *
 * <p>Also answered here: {@code variables} or {@code extensions} that are not objects, an {@code operationName} that
 * is not a string ({@code ERR_ERRDEX_1366}, 400); an anonymous introspection ({@code __schema}, {@code __type}) while
 * {@code errdex.api.explorer} is off ({@code ERR_ERRDEX_1365}, 403); automatic persisted queries
 * ({@code extensions.persistedQuery}, {@link PersistedQueries}): a hash alone is replaced by its registered document
 * or answered {@code PersistedQueryNotFound} ({@code ERR_ERRDEX_1367}); a hash with its document registers it once
 * the document parsed; a hash that is not the document's is {@code ERR_ERRDEX_1368}.
 */
@ApplicationScoped
public class GraphQLRequestGate {

    /**
     * Key under which the request's JSON body, as parsed here, is left in the routing context for later handlers
     * (the read-response cache), so that they do not parse it again. Absent for {@code application/graphql}.
     */
    public static final String PARSED_REQUEST = "errdex.graphql.request";

    /** Documents remembered as parseable; the set starts afresh when full. */
    static final int REMEMBERED = 2000;

    /** Characters of documents remembered at most (about 4 MB of text). */
    static final long REMEMBERED_CHARS = 2_000_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Whether each document that parsed asks for introspection. */
    private final RememberedDocuments<Boolean> parseable = new RememberedDocuments<>(REMEMBERED, REMEMBERED_CHARS);
    private final ApiConfig config;
    private final PersistedQueries persistedQueries;
    private final ParserOptions options;
    private final long maxBody;

    GraphQLRequestGate(@ConfigProperty(name = "quarkus.smallrye-graphql.parser-max-tokens") Optional<Integer> maxTokens,
                       @ConfigProperty(name = "quarkus.smallrye-graphql.parser-max-whitespace-tokens")
                       Optional<Integer> maxWhitespaceTokens,
                       @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M")
                       MemorySize maxBody, ApiConfig config, PersistedQueries persistedQueries) {
        this.config = config;
        this.persistedQueries = persistedQueries;
        this.options = ParserOptions.getDefaultParserOptions().transform(b -> {
            maxTokens.ifPresent(b::maxTokens);
            maxWhitespaceTokens.ifPresent(b::maxWhitespaceTokens);
        });
        this.maxBody = maxBody.asLongValue();
    }

    void install(@Observes Router router) {
        // the body is read here (SmallRye's own body handler then finds it read) and checked before SmallRye runs
        router.post("/graphql").order(-100).handler(BodyHandler.create(false).setBodyLimit(maxBody));
        router.post("/graphql").order(-99).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        String type = mediaType(ctx.request().getHeader("Content-Type"));
        Buffer body = ctx.body().buffer();
        // JSON is read from the bytes; only a bare application/graphql document is decoded as a whole
        String text = body == null ? "" : type.equals("application/graphql") ? body.toString() : null;
        if (!type.equals("application/json") && !type.equals("application/graphql")) {
            refuse(ctx, ApiError.GRAPHQL_MEDIA_TYPE, type.isEmpty() ? "none" : type);
            return;
        }
        if (body == null || body.length() == 0 || (text != null && text.isBlank())) {
            refuse(ctx, ApiError.GRAPHQL_NO_OPERATION, "the body is empty");
            return;
        }
        String query = text;
        String register = null;
        if (type.equals("application/json")) {
            JsonNode request;
            try {
                request = JSON.readTree(body.getBytes());
            } catch (java.io.IOException e) {
                refuse(ctx, ApiError.GRAPHQL_NO_OPERATION, "the body is not JSON");
                return;
            }
            if (request == null || !request.isObject()) {
                refuse(ctx, ApiError.GRAPHQL_NO_OPERATION, "the body is not a JSON object");
                return;
            }
            if (!fieldsHaveTheirTypes(ctx, request)) {
                return;
            }
            JsonNode q = request.get("query");
            JsonNode persisted = request.path("extensions").get("persistedQuery");
            if (persisted != null && !persisted.isNull()) {
                String hash = persisted.path("sha256Hash").asText("");
                if (persisted.path("version").asInt(0) != 1 || !hash.matches("[0-9a-f]{64}")) {
                    refuse(ctx, ApiError.PERSISTED_QUERY_INVALID, "version must be 1, sha256Hash 64 hex digits");
                    return;
                }
                if (q == null || q.isNull()) {
                    Optional<String> known = persistedQueries.find(hash);
                    if (known.isEmpty()) {
                        refuse(ctx, ApiError.PERSISTED_QUERY_NOT_FOUND);
                        return;
                    }
                    ((ObjectNode) request).put("query", known.get());
                    q = request.get("query");
                    ctx.setBody(Buffer.buffer(request.toString()));
                } else if (q.isTextual() && !PersistedQueries.sha256Hex(q.asText()).equals(hash)) {
                    refuse(ctx, ApiError.PERSISTED_QUERY_INVALID, "sha256Hash is not the SHA-256 of the query");
                    return;
                } else {
                    register = hash;
                }
            }
            if (q == null || !q.isTextual() || q.asText().isBlank()) {
                refuse(ctx, ApiError.GRAPHQL_NO_OPERATION, "the JSON object has no query");
                return;
            }
            query = q.asText();
            ctx.put(PARSED_REQUEST, request);
        }
        if (query.length() > config.maxQueryLength()) {
            refuse(ctx, ApiError.QUERY_TOO_LONG, config.maxQueryLength());
            return;
        }
        Boolean introspects = parseable.get(query);
        if (introspects == null) {
            try {
                introspects = Introspection.requested(Parser.parse(ParserEnvironment.newParserEnvironment()
                        .document(query).parserOptions(options).build()));
            } catch (ParseCancelledException | ParseCancelledTooDeepException | ParseCancelledTooManyCharsException e) {
                refuse(ctx, ApiError.QUERY_TOO_LARGE);
                return;
            } catch (InvalidSyntaxException e) {
                refuse(ctx, ApiError.GRAPHQL_SYNTAX, e.getMessage());
                return;
            }
            parseable.put(query, introspects);
        }
        if (introspects && !config.explorer() && ctx.request().getHeader("Authorization") == null) {
            // a presented key reached this route only if it is valid (PresentedKeys refused unknown ones)
            refuse(ctx, ApiError.INTROSPECTION_OFF);
            return;
        }
        if (register != null) {
            persistedQueries.register(register, query);
        }
        ctx.next();
    }

    /** variables and extensions are objects, operationName a string (each may be absent or null). */
    private static boolean fieldsHaveTheirTypes(RoutingContext ctx, JsonNode request) {
        for (String field : List.of("variables", "extensions")) {
            JsonNode v = request.get(field);
            if (v != null && !v.isNull() && !v.isObject()) {
                refuse(ctx, ApiError.GRAPHQL_BAD_REQUEST_FIELD, field, "a JSON object");
                return false;
            }
        }
        JsonNode op = request.get("operationName");
        if (op != null && !op.isNull() && !op.isTextual()) {
            refuse(ctx, ApiError.GRAPHQL_BAD_REQUEST_FIELD, "operationName", "a string");
            return false;
        }
        return true;
    }

    /** Characters of the documents remembered as parseable now. */
    long rememberedChars() {
        return parseable.chars();
    }

    /** The media type of a Content-Type header, lower case, without parameters; empty for none. */
    public static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    /** Answers as GraphQL does, with the code in extensions.code and the status of the error. */
    private static void refuse(RoutingContext ctx, ApiError error, Object... args) {
        // Apollo's clients recognise a miss by this exact message; errdex's advice goes in extensions.detail
        String message = error == ApiError.PERSISTED_QUERY_NOT_FOUND ? "PersistedQueryNotFound" : error.message(args);
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", error.code());
        extensions.put("classification", error == ApiError.GRAPHQL_SYNTAX || error == ApiError.QUERY_TOO_LARGE
                ? "InvalidSyntax" : "InvalidRequest");
        if (error == ApiError.PERSISTED_QUERY_NOT_FOUND) {
            extensions.put("detail", error.message(args));
        }
        Map<String, Object> graphQLError = new LinkedHashMap<>();
        graphQLError.put("message", message);
        graphQLError.put("extensions", extensions);
        try {
            ctx.response().setStatusCode(error.status())
                    .putHeader("Content-Type", "application/json; charset=UTF-8")
                    .end(JSON.writeValueAsString(Map.of("errors", List.of(graphQLError))));
        } catch (JsonProcessingException e) {
            ctx.fail(e);
        }
    }
}
