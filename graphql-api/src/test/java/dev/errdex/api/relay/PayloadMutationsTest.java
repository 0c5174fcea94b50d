package dev.errdex.api.relay;

import com.fasterxml.jackson.databind.JsonNode;
import dev.errdex.api.GraphQLClient;
import dev.errdex.catalog.testing.PostgresTestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.errdex.api.relay.RelayTest.AGENT_KEY;
import static dev.errdex.api.relay.RelayTest.EDITOR_KEY;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The payload-style mutations: validation failures come back in userErrors with a code and the input field, access
 * failures stay GraphQL errors; enums round-trip; the deprecated mutations and String fields still answer.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestDatabase.class, scope = TestResourceScope.GLOBAL)
class PayloadMutationsTest {

    @Test
    void errorCodeUpsertStoresACodeAndReportsBadInputInUserErrors() {
        JsonNode stored = payload("errorCodeUpsert", Map.of("code", "err-payload-1", "message",
                "The payload test failed at `STEP`.", "severity", "WARNING"), EDITOR_KEY);
        JsonNode badSpelling = payload("errorCodeUpsert", Map.of("code", "not a code", "message", "  "), EDITOR_KEY);

        assertThat(stored.path("userErrors")).isEmpty();
        assertThat(stored.path("errorCode").path("code").asText()).isEqualTo("ERR_PAYLOAD_1");
        assertThat(stored.path("errorCode").path("severity").asText()).as("enum in, enum out").isEqualTo("WARNING");
        assertThat(badSpelling.path("errorCode").isNull()).isTrue();
        assertThat(badSpelling.path("userErrors").findValuesAsText("code"))
                .containsExactly("ERR_ERRDEX_1378", "ERR_ERRDEX_1379");
        assertThat(badSpelling.path("userErrors").get(0).path("field").toString()).isEqualTo("[\"input\",\"code\"]");
        assertThat(badSpelling.path("userErrors").get(1).path("field").toString())
                .isEqualTo("[\"input\",\"message\"]");
        assertThat(badSpelling.path("userErrors").get(0).path("message").asText())
                .startsWith("ERR_ERRDEX_1378: 'not a code' is not an error code");
    }

    @Test
    void fixGuideUpdateReportsAnUnknownCodeAndAnEmptySummaryInUserErrors() {
        JsonNode unknown = payload("fixGuideUpdate", Map.of("code", "ERR_PAYLOAD_404",
                "guide", Map.of("summary", "Nothing.")), EDITOR_KEY);
        JsonNode blank = payload("fixGuideUpdate", Map.of("code", "ERR_NGROK_8012",
                "guide", Map.of("summary", "")), EDITOR_KEY);
        payload("errorCodeUpsert", Map.of("code", "ERR_PAYLOAD_2", "message", "Second payload test."), EDITOR_KEY);
        JsonNode updated = payload("fixGuideUpdate", Map.of("code", "err-payload-2",
                "guide", Map.of("summary", "Retry.", "steps", List.of("Run it again."))), EDITOR_KEY);

        assertThat(unknown.path("userErrors").get(0).path("code").asText()).isEqualTo("ERR_ERRDEX_1040");
        assertThat(unknown.path("userErrors").get(0).path("field").toString()).isEqualTo("[\"input\",\"code\"]");
        assertThat(blank.path("userErrors").get(0).path("code").asText()).isEqualTo("ERR_ERRDEX_1379");
        assertThat(blank.path("userErrors").get(0).path("field").toString())
                .isEqualTo("[\"input\",\"guide\",\"summary\"]");
        assertThat(updated.path("userErrors")).isEmpty();
        assertThat(updated.path("errorCode").path("fixGuide").path("steps").get(0).asText()).isEqualTo("Run it again.");
    }

    @Test
    void errorCodeDeprecateReportsAnUnknownReplacementAtItsField() {
        payload("errorCodeUpsert", Map.of("code", "ERR_PAYLOAD_3", "message", "Third payload test."), EDITOR_KEY);
        JsonNode unknown = payload("errorCodeDeprecate", Map.of("code", "ERR_PAYLOAD_3",
                "replacedBy", "ERR_PAYLOAD_999"), EDITOR_KEY);
        JsonNode itself = payload("errorCodeDeprecate", Map.of("code", "ERR_PAYLOAD_3",
                "replacedBy", "ERR_PAYLOAD_3"), EDITOR_KEY);
        JsonNode done = payload("errorCodeDeprecate", Map.of("code", "ERR_PAYLOAD_3"), EDITOR_KEY);

        assertThat(unknown.path("userErrors").get(0).path("code").asText()).isEqualTo("ERR_ERRDEX_1040");
        assertThat(unknown.path("userErrors").get(0).path("field").toString())
                .isEqualTo("[\"input\",\"replacedBy\"]");
        assertThat(itself.path("userErrors").get(0).path("code").asText()).isEqualTo("ERR_ERRDEX_1042");
        assertThat(done.path("errorCode").path("status").asText()).isEqualTo("DEPRECATED");
    }

    @Test
    void catalogImportReportsAFileThatIsNotACatalogInUserErrors() {
        JsonNode broken = payload("catalogImport", Map.of("format", "JSON", "dryRun", false, "content", "{ not json"),
                EDITOR_KEY);
        JsonNode dryRun = payload("catalogImport", Map.of("format", "JSON", "dryRun", true, "content",
                "{\"format\": \"errdex-catalog/1\", \"entries\": [{\"code\": \"ERR_PAYLOAD_7\","
                        + " \"message\": \"Imported.\"}]}"), EDITOR_KEY);

        assertThat(broken.path("report").isNull()).isTrue();
        assertThat(broken.path("userErrors").get(0).path("code").asText()).isEqualTo("ERR_ERRDEX_1011");
        assertThat(broken.path("userErrors").get(0).path("message").asText()).contains("line 1");
        assertThat(broken.path("userErrors").get(0).path("field").toString()).isEqualTo("[\"input\",\"content\"]");
        assertThat(dryRun.path("userErrors")).isEmpty();
        assertThat(dryRun.path("report").path("dryRun").asBoolean()).isTrue();
        assertThat(dryRun.path("report").path("added").toString()).contains("ERR_PAYLOAD_7");
    }

    @Test
    void authorizationFailuresStayGraphQLErrorsWithACode() {
        JsonNode anonymous = post("errorCodeUpsert", Map.of("input", Map.of("code", "ERR_PAYLOAD_5", "message", "x")),
                null);
        JsonNode agent = post("errorCodeUpsert", Map.of("input", Map.of("code", "ERR_PAYLOAD_5", "message", "x")),
                AGENT_KEY);
        JsonNode editorOnTickets = post("ticketCodeConfirm", Map.of("input", Map.of("ticketId", "1",
                "code", "ERR_NGROK_8012")), EDITOR_KEY);

        assertThat(RelayTest.code(anonymous)).isEqualTo("ERR_ERRDEX_1301");
        assertThat(anonymous.path("data").path("errorCodeUpsert").isObject()).as("no payload").isFalse();
        assertThat(RelayTest.code(agent)).isEqualTo("ERR_ERRDEX_1303");
        assertThat(agent.path("errors").get(0).path("message").asText()).isNotBlank();
        assertThat(RelayTest.code(editorOnTickets)).isEqualTo("ERR_ERRDEX_1303");
    }

    @Test
    void ticketFeedbackTakesTheGlobalIdAndReportsWrongTicketsAndCodesInUserErrors() {
        JsonNode triaged = RelayTest.triage("payload-feedback-" + UUID.randomUUID());
        String id = triaged.path("ticket").path("id").asText();
        assertThat(triaged.path("outcome").asText()).isEqualTo("CREATED");
        JsonNode annotation = triaged.path("ticket").path("annotations").get(0);
        assertThat(annotation.path("source").asText()).isEqualTo("EXPLICIT");
        assertThat(annotation.path("sourceText").asText()).as("deprecated alias").isEqualTo("EXPLICIT");
        assertThat(annotation.path("review").asText()).isEqualTo("PROPOSED");
        assertThat(triaged.path("ticket").path("messages").get(0).path("channel").asText()).isEqualTo("GRAPHQL");

        JsonNode noTicket = payload("ticketCodeConfirm", Map.of("ticketId", "987654321", "code", "ERR_NGROK_8012"),
                AGENT_KEY);
        JsonNode noAnnotation = payload("ticketCodeReject", Map.of("ticketId", id, "code", "ERR_NGROK_3200"),
                AGENT_KEY);
        JsonNode unknownCode = payload("ticketCodeCorrect", Map.of("ticketId", id, "code", "ERR_NGROK_8012",
                "correctCode", "ERR_NGROK_999999"), AGENT_KEY);
        JsonNode corrected = payload("ticketCodeCorrect", Map.of("ticketId", id, "code", "ERR_NGROK_8012",
                "correctCode", "err-ngrok-3200", "note", "wrong port"), AGENT_KEY);
        String other = RelayTest.triage("payload-confirm-" + UUID.randomUUID()).path("ticket").path("id").asText();
        JsonNode confirmed = payload("ticketCodeConfirm", Map.of("ticketId", other, "code", "err-ngrok-8012"),
                AGENT_KEY);

        assertThat(noTicket.path("ticket").isNull()).isTrue();
        assertThat(noTicket.path("userErrors").get(0).path("code").asText()).isEqualTo("ERR_ERRDEX_1400");
        assertThat(noTicket.path("userErrors").get(0).path("field").toString()).isEqualTo("[\"input\",\"ticketId\"]");
        assertThat(noAnnotation.path("userErrors").get(0).path("code").asText()).isEqualTo("ERR_ERRDEX_1408");
        assertThat(noAnnotation.path("userErrors").get(0).path("field").toString()).isEqualTo("[\"input\",\"code\"]");
        assertThat(unknownCode.path("userErrors").get(0).path("code").asText()).isEqualTo("ERR_ERRDEX_1407");
        assertThat(unknownCode.path("userErrors").get(0).path("field").toString())
                .isEqualTo("[\"input\",\"correctCode\"]");
        assertThat(corrected.path("userErrors")).isEmpty();
        assertThat(corrected.path("ticket").path("state").asText()).isEqualTo("CORRECTED");
        assertThat(corrected.path("ticket").path("annotations").findValuesAsText("review"))
                .contains("CORRECTED", "CONFIRMED");
        assertThat(confirmed.path("ticket").path("state").asText()).isEqualTo("CONFIRMED");
        assertThat(confirmed.path("ticket").path("feedback").findValuesAsText("action")).containsExactly("CONFIRM");
        assertThat(confirmed.path("ticket").path("feedback").findValuesAsText("actionText"))
                .as("deprecated alias").containsExactly("CONFIRM");
    }

    @Test
    void emailTriageReportsAnUnreadableEmailInUserErrors() {
        JsonNode response = GraphQLClient.post("relay/emailTriage.graphql", Map.of("input", Map.of("raw", "")),
                AGENT_KEY);

        JsonNode payload = response.path("data").path("emailTriage");
        assertThat(payload.path("ticket").isNull()).isTrue();
        assertThat(payload.path("userErrors").get(0).path("code").asText()).isEqualTo("ERR_ERRDEX_1401");
        assertThat(payload.path("userErrors").get(0).path("field").toString()).isEqualTo("[\"input\",\"raw\"]");
    }

    @Test
    void theDeprecatedMutationsStillAnswerAndTheServedSchemaSaysWhatReplacesThem() {
        JsonNode old = GraphQLClient.post("upsert.graphql", Map.of("input", Map.of("code", "ERR_PAYLOAD_6",
                "message", "Old style.")), EDITOR_KEY);
        String schema = given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();

        assertThat(old.path("errors").isMissingNode()).as(old.toString()).isTrue();
        assertThat(old.path("data").path("upsertErrorCode").path("code").asText()).isEqualTo("ERR_PAYLOAD_6");
        assertThat(schema).contains("@deprecated(reason : \"Use errorCodeUpsert(input:)")
                .contains("@deprecated(reason : \"Use fixGuideUpdate(input: {code, guide})")
                .contains("@deprecated(reason : \"Use ticketCodeCorrect(input: {ticketId, code, correctCode, note})")
                .contains("reviewText: String! @deprecated(reason : \"Use review, an enum with the same values.\")")
                .containsPattern("errorCodeUpsert\\(input: ErrorCodeInput!\\): ErrorCodePayload!\\n");
    }

    private static JsonNode payload(String mutation, Map<String, ?> input, String key) {
        JsonNode response = post(mutation, Map.of("input", input), key);
        assertThat(response.path("errors").isMissingNode()).as(response.toString()).isTrue();
        return response.path("data").path(mutation);
    }

    private static JsonNode post(String mutation, Map<String, ?> variables, String key) {
        return GraphQLClient.post("mutations/" + mutation + ".graphql", variables, key);
    }
}
