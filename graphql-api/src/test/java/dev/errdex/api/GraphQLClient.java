package dev.errdex.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Posts GraphQL documents kept under {@code src/test/resources/graphql} to {@code /graphql}; JSON built by Jackson. */
public final class GraphQLClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GraphQLClient() {
    }

    /**
     * Runs a query and returns the whole response ({@code data} and {@code errors}).
     *
     * @param document  file name under {@code graphql/}, e.g. {@code errorCode.graphql}
     * @param variables the query variables
     */
    public static JsonNode post(String document, Map<String, ?> variables) {
        return post(document, variables, null);
    }

    /** {@link #post(String, Map)} with {@code Authorization: Bearer key} (no header when key is null). */
    public static JsonNode post(String document, Map<String, ?> variables, String key) {
        var spec = given();
        if (key != null) {
            spec = spec.header("Authorization", "Bearer " + key);
        }
        String body = spec
                .contentType(ContentType.JSON)
                .body(request(document, variables))
                .when().post("/graphql")
                .then().statusCode(200)
                .extract().asString();
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("the response is not JSON: " + body, e);
        }
    }

    /** The JSON request body of a document and its variables. */
    public static String request(String document, Map<String, ?> variables) {
        ObjectNode request = JSON.createObjectNode();
        request.put("query", document(document));
        request.set("variables", JSON.valueToTree(variables));
        return request.toString();
    }

    /** The text of a document under {@code graphql/}. */
    public static String document(String name) {
        try (InputStream in = GraphQLClient.class.getClassLoader().getResourceAsStream("graphql/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no GraphQL document graphql/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
