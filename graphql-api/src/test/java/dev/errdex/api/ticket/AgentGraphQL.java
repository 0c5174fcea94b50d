package dev.errdex.api.ticket;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Posts the GraphQL documents under {@code graphql/tickets/} with an API key (or none). */
final class AgentGraphQL {

    static final String AGENT_KEY = "test-agent-key";
    static final String EDITOR_KEY = "test-editor-key";

    private static final ObjectMapper JSON = new ObjectMapper();

    private AgentGraphQL() {
    }

    /**
     * Runs an operation and returns the whole response.
     *
     * @param key       the API key, or null for none
     * @param document  file under {@code graphql/tickets/}
     * @param operation the operation name in the document, or null when it has one
     */
    static JsonNode post(String key, String document, String operation, Map<String, ?> variables) {
        ObjectNode request = JSON.createObjectNode();
        request.put("query", document(document));
        if (operation != null) {
            request.put("operationName", operation);
        }
        request.set("variables", JSON.valueToTree(variables));
        RequestSpecification spec = given().contentType(ContentType.JSON).body(request.toString());
        if (key != null) {
            spec = spec.header("Authorization", "Bearer " + key);
        }
        String body = spec.when().post("/graphql").then().extract().asString();
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("the response is not JSON: " + body, e);
        }
    }

    static String resource(String name) {
        try (InputStream in = AgentGraphQL.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String document(String name) {
        return resource("graphql/tickets/" + name);
    }
}
