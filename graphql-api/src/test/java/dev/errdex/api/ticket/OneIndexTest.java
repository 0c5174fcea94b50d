package dev.errdex.api.ticket;

import com.fasterxml.jackson.databind.JsonNode;
import dev.errdex.api.GraphQLClient;
import dev.errdex.catalog.testing.PostgresTestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The process has one index: a correction made through GraphQL changes both the answer of GraphQL {@code match} and
 * the triage of the next email.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestDatabase.class, scope = TestResourceScope.GLOBAL)
class OneIndexTest {

    private static final String CORRECTED = "Since the office move our kiosk tablets show a grey wobbling walrus"
            + " picture and the checkout screen freezes.";
    private static final String SIMILAR = "Again the kiosk tablets show the grey wobbling walrus picture and the"
            + " checkout screen freezes after the office move.";
    private static final String TARGET = "ERR_NGROK_3004";

    @Test
    void aCorrectionChangesBothGraphQLMatchAndTheTriageOfANewEmail() {
        assertThat(matched(SIMILAR)).isNotEqualTo(TARGET);
        assertThat(triagedCodes("one-index-0", SIMILAR)).doesNotContain(TARGET);

        String id = triage("one-index-1", CORRECTED).path("ticket").path("id").asText();
        Map<String, Object> vars = new HashMap<>();
        vars.put("id", id);
        vars.put("code", null);
        vars.put("correctCode", TARGET);
        JsonNode corrected = AgentGraphQL.post(AgentGraphQL.AGENT_KEY, "feedback.graphql", "Correct", vars);
        assertThat(corrected.path("errors").isMissingNode()).as(corrected.toString()).isTrue();

        assertThat(matched(SIMILAR)).isEqualTo(TARGET);
        assertThat(triagedCodes("one-index-2", SIMILAR)).first().isEqualTo(TARGET);
    }

    /** The best suggestion of GraphQL {@code match} for {@code text}, or "" when there is none. */
    private static String matched(String text) {
        JsonNode r = GraphQLClient.post("match.graphql", Map.of("text", "Kiosk walrus\n\n" + text));
        JsonNode suggestions = r.path("data").path("match").path("suggestions");
        return suggestions.isEmpty() ? "" : suggestions.get(0).path("code").asText();
    }

    private static List<String> triagedCodes(String messageId, String body) {
        List<String> codes = new ArrayList<>();
        triage(messageId, body).path("ticket").path("annotations").forEach(a -> codes.add(a.path("code").asText()));
        return codes;
    }

    private static JsonNode triage(String messageId, String body) {
        String raw = AgentGraphQL.resource("tickets/explicit-code.eml").replace("{id}", messageId)
                .replace("Subject: Tunnel broken since this morning", "Subject: Kiosk walrus")
                .replace("every request through our tunnel ends with ERR_NGROK_8012 since this morning.", body);
        JsonNode r = AgentGraphQL.post(AgentGraphQL.AGENT_KEY, "triageEmail.graphql", null, Map.of("raw", raw));
        return r.path("data").path("triageEmail");
    }
}
