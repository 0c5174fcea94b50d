package dev.errdex.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class SchemaTest {

    private static final List<String> OUR_TYPES = List.of("Query", "ErrorCode", "FixGuide", "ErrorCodeConnection",
            "ErrorCodeEdge", "PageInfo", "ErrorCodeFilter", "Severity", "Status",
            "Mutation", "Subscription", "SearchHit", "Match", "Suggestion", "Evidence", "CategoryCount",
            "HistoryEntry", "ErrorCodeInput", "FixGuideInput", "ImportFormat", "ImportReport", "Rejection", "KeptField",
            "ErrorCodeChange",
            // tickets
            "Ticket", "TicketMessage", "TicketAnnotation", "TicketFeedback", "TicketConnection", "TicketEdge",
            "TicketFilter", "TicketState", "TriageEmailPayload");

    @Test
    void everyTypeAndFieldOfTheCatalogApiIsDescribed() {
        JsonNode schema = GraphQLClient.post("schemaDescriptions.graphql", Map.of()).path("data").path("__schema");

        assertThat(schema.path("types")).as("schema: %s", schema).isNotEmpty();
        for (String name : OUR_TYPES) {
            JsonNode type = type(schema, name);
            assertThat(type.path("description").asText()).as("description of type %s", name).isNotBlank();
            JsonNode members = switch (type.path("kind").asText()) {
                case "INPUT_OBJECT" -> type.path("inputFields");
                case "ENUM" -> type.path("enumValues");
                default -> type.path("fields");
            };
            assertThat(members).as("members of %s", name).isNotEmpty();
            members.forEach(m -> {
                assertThat(m.path("description").asText())
                        .as("description of %s.%s", name, m.path("name").asText()).isNotBlank();
                m.path("args").forEach(a -> assertThat(a.path("description").asText())
                        .as("description of argument %s of %s.%s", a.path("name").asText(), name,
                                m.path("name").asText()).isNotBlank());
            });
        }
        assertThat(type(schema, "Query").path("fields")).extracting(q -> q.path("name").asText())
                .contains("errorCode", "errorCodes", "tickets", "ticket");
        assertThat(type(schema, "Mutation").path("fields")).extracting(q -> q.path("name").asText())
                .contains("triageEmail", "confirmTicketCode", "correctTicketCode", "rejectTicketCode");
    }

    private static JsonNode type(JsonNode schema, String name) {
        for (JsonNode t : schema.path("types")) {
            if (t.path("name").asText().equals(name)) {
                return t;
            }
        }
        throw new AssertionError("the schema has no type " + name);
    }
}
