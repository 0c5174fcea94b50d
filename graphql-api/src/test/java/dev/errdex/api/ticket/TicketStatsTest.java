package dev.errdex.api.ticket;

import com.fasterxml.jackson.databind.JsonNode;
import dev.errdex.catalog.testing.PostgresTestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** GraphQL {@code stats(since)}: tickets per code and per state, counted by the database, for agents only. */
@QuarkusTest
@WithTestResource(value = PostgresTestDatabase.class, scope = TestResourceScope.GLOBAL)
class TicketStatsTest {

    /** A raw email that names {@code code}; each call a new Message-ID, so a new ticket. */
    static String emailNaming(String code) {
        return "Message-ID: <" + UUID.randomUUID() + "@mail.customer.test>\r\n"
                + "From: Ana Lima <ana@customer.test>\r\nTo: Support <support@errdex.test>\r\n"
                + "Subject: Our tunnel fails\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
                + "Every request ends with " + code + " since this morning.\r\n";
    }

    private static String triage(String code) {
        JsonNode r = AgentGraphQL.post(AgentGraphQL.AGENT_KEY, "triageEmail.graphql", null,
                Map.of("raw", emailNaming(code)));
        assertThat(r.path("errors")).as("%s", r).isEmpty();
        return r.path("data").path("triageEmail").path("ticket").path("id").asText();
    }

    private static JsonNode stats(String key, Instant since, Integer codes) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("since", since == null ? null : since.toString());
        vars.put("codes", codes);
        return AgentGraphQL.post(key, "stats.graphql", null, vars);
    }

    private static Map<String, Long> counts(JsonNode list, String key) {
        Map<String, Long> counts = new HashMap<>();
        list.forEach(e -> counts.put(e.path(key).asText(), e.path("tickets").asLong()));
        return counts;
    }

    @Test
    void statsCountTicketsPerCodeAndStateCreatedSinceTheMomentAsked() throws Exception {
        Instant since = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Thread.sleep(5); // tickets of earlier tests were created before `since`
        triage("ERR_NGROK_3200");
        triage("err-ngrok-3200");
        String rejected = triage("ERR_NGROK_108");
        AgentGraphQL.post(AgentGraphQL.AGENT_KEY, "feedback.graphql", "Reject",
                Map.of("id", rejected, "code", "ERR_NGROK_108"));

        JsonNode stats = stats(AgentGraphQL.AGENT_KEY, since, null).path("data").path("stats");

        assertThat(Instant.parse(stats.path("since").asText())).isEqualTo(since);
        assertThat(stats.path("tickets").asLong()).isEqualTo(3);
        assertThat(stats.path("ticketsWithCode").asLong()).as("the rejected code no longer counts").isEqualTo(2);
        assertThat(stats.path("codes").asLong()).isEqualTo(1);
        assertThat(counts(stats.path("byCode"), "code")).isEqualTo(Map.of("ERR_NGROK_3200", 2L));
        assertThat(counts(stats.path("byState"), "state")).isEqualTo(Map.of("ANNOTATED", 2L, "REJECTED", 1L));
    }

    private static void answerPage(String code, String answer) {
        io.restassured.RestAssured.given().redirects().follow(false)
                .contentType("application/x-www-form-urlencoded").formParam("answer", answer)
                .when().post("/errors/" + code + "/feedback").then().statusCode(303);
    }

    @Test
    void statsGiveTheAttachRateAndTheHelpfulRateOfThePagesSinceTheMomentAsked() throws Exception {
        Instant since = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Thread.sleep(5); // tickets and answers of earlier tests were created before `since`
        triage("ERR_NGROK_3200");
        triage("ERR_NGROK_8012");
        triage("ERR_NGROK_4013");
        JsonNode codeless = AgentGraphQL.post(AgentGraphQL.AGENT_KEY, "triageEmail.graphql", null, Map.of("raw",
                emailNaming("").replace("Every request ends with  since this morning.", "Something is off.")));
        assertThat(codeless.path("errors")).as("%s", codeless).isEmpty();
        answerPage("ERR_NGROK_3200", "yes");
        answerPage("ERR_NGROK_3200", "yes");
        answerPage("ERR_NGROK_8012", "no");

        JsonNode stats = stats(AgentGraphQL.AGENT_KEY, since, null).path("data").path("stats");

        assertThat(stats.path("tickets").asInt()).isEqualTo(4);
        assertThat(stats.path("ticketsAttached").asInt()).as("the codeless email needs a person").isEqualTo(3);
        assertThat(stats.path("attachRate").asDouble()).isEqualTo(0.75);
        assertThat(stats.path("pageFeedback").path("helpful").asInt()).isEqualTo(2);
        assertThat(stats.path("pageFeedback").path("notHelpful").asInt()).isEqualTo(1);
        assertThat(stats.path("helpfulRate").asDouble()).isCloseTo(2 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(stats.path("pageFeedback").path("helpfulRate").asDouble()).isEqualTo(stats.path("helpfulRate")
                .asDouble());
    }

    @Test
    void statsWithoutSinceCountAllTicketsAndListTheMostCommonCodeFirst() {
        for (int i = 0; i < 4; i++) {
            triage("ERR_NGROK_6024");
        }

        JsonNode all = stats(AgentGraphQL.AGENT_KEY, null, null).path("data").path("stats");
        JsonNode top = stats(AgentGraphQL.AGENT_KEY, null, 1).path("data").path("stats");

        assertThat(all.path("since").isNull()).isTrue();
        assertThat(all.path("tickets").asLong()).isGreaterThanOrEqualTo(4);
        long sumOfStates = 0;
        for (JsonNode s : all.path("byState")) {
            sumOfStates += s.path("tickets").asLong();
        }
        assertThat(sumOfStates).isEqualTo(all.path("tickets").asLong());
        List<Long> counts = all.path("byCode").findValues("tickets").stream().map(JsonNode::asLong).toList();
        assertThat(counts).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(counts(all.path("byCode"), "code").get("ERR_NGROK_6024")).isGreaterThanOrEqualTo(4);
        assertThat(top.path("byCode")).hasSize(1);
        assertThat(top.path("byCode").get(0)).isEqualTo(all.path("byCode").get(0));
    }

    @Test
    void statsAreOnlyForKeysWithRoleAgent() {
        JsonNode anonymous = stats(null, null, null);
        JsonNode editor = stats(AgentGraphQL.EDITOR_KEY, null, null);

        assertThat(anonymous.path("data").path("stats").isNull()).isTrue();
        assertThat(anonymous.path("errors").get(0).path("extensions").path("code").asText())
                .isEqualTo("ERR_ERRDEX_1301");
        assertThat(editor.path("data").path("stats").isNull()).isTrue();
        assertThat(editor.path("errors").get(0).path("extensions").path("code").asText())
                .isEqualTo("ERR_ERRDEX_1303");
    }

    @Test
    void aNumberOfCodesOutOfRangeIsRefusedWithItsErrdexCode() {
        JsonNode r = stats(AgentGraphQL.AGENT_KEY, null, 5000);

        assertThat(r.path("errors").get(0).path("extensions").path("code").asText()).isEqualTo("ERR_ERRDEX_1409");
        assertThat(r.path("errors").get(0).path("message").asText()).contains("2000");
    }
}
