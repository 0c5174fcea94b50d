package dev.errdex.api.ticket;

import com.fasterxml.jackson.databind.JsonNode;
import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.service.CatalogService;
import dev.errdex.catalog.testing.PostgresTestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@WithTestResource(value = PostgresTestDatabase.class, scope = TestResourceScope.GLOBAL)
class TicketApiTest {

    @Inject
    CatalogService catalog;

    private static String email(String id) {
        return AgentGraphQL.resource("tickets/explicit-code.eml").replace("{id}", id);
    }

    @Test
    void ticketsAreNotReadableWithoutAKeyWithRoleAgent() {
        JsonNode anonymous = AgentGraphQL.post(null, "tickets.graphql", null, Map.of());
        JsonNode editor = AgentGraphQL.post(AgentGraphQL.EDITOR_KEY, "tickets.graphql", null, Map.of());
        JsonNode triage = AgentGraphQL.post(null, "triageEmail.graphql", null, Map.of("raw", email("anon")));

        assertThat(anonymous.path("errors")).isNotEmpty();
        assertThat(anonymous.path("data").path("tickets").isMissingNode()
                || anonymous.path("data").path("tickets").isNull()).isTrue();
        assertThat(editor.path("errors")).isNotEmpty();
        assertThat(editor.path("data").path("tickets").isNull()
                || editor.path("data").path("tickets").isMissingNode()).isTrue();
        assertThat(triage.path("errors")).isNotEmpty();
    }

    @Test
    void anAgentTriagesAnEmailReadsTheTicketAndCorrectsIt() {
        JsonNode created = AgentGraphQL.post(AgentGraphQL.AGENT_KEY, "triageEmail.graphql", null,
                Map.of("raw", email("gql-1"))).path("data").path("triageEmail");
        assertThat(created.path("outcome").asText()).isEqualTo("CREATED");
        String id = created.path("ticket").path("id").asText();
        JsonNode annotation = created.path("ticket").path("annotations").get(0);
        assertThat(annotation.path("code").asText()).isEqualTo("ERR_NGROK_8012");
        assertThat(annotation.path("source").asText()).isEqualTo("EXPLICIT");
        assertThat(annotation.path("remediationMarkdown").asText()).isNotBlank();

        JsonNode again = AgentGraphQL.post(AgentGraphQL.AGENT_KEY, "triageEmail.graphql", null,
                Map.of("raw", email("gql-1"))).path("data").path("triageEmail");
        assertThat(again.path("outcome").asText()).isEqualTo("DUPLICATE");
        assertThat(again.path("ticket").path("id").asText()).isEqualTo(id);

        Map<String, Object> vars = new HashMap<>();
        vars.put("id", id);
        vars.put("code", "ERR_NGROK_8012");
        vars.put("correctCode", "err-ngrok-3200");
        JsonNode corrected = AgentGraphQL.post(AgentGraphQL.AGENT_KEY, "feedback.graphql", "Correct", vars)
                .path("data").path("correctTicketCode");
        assertThat(corrected.path("state").asText()).isEqualTo("CORRECTED");
        assertThat(corrected.path("annotations").get(0).path("replacedBy").asText()).isEqualTo("ERR_NGROK_3200");

        JsonNode ticket = AgentGraphQL.post(AgentGraphQL.AGENT_KEY, "ticket.graphql", null, Map.of("id", id))
                .path("data").path("ticket");
        assertThat(ticket.path("messages").get(0).path("messageId").asText()).isEqualTo("<gql-1@mail.customer.test>");
        assertThat(ticket.path("messages").get(0).path("channel").asText()).isEqualTo("GRAPHQL");
        assertThat(ticket.path("feedback").get(0).path("action").asText()).isEqualTo("CORRECT");
        assertThat(ticket.path("feedback").get(0).path("by").asText()).isEqualTo("key:configured-agent-1");

        JsonNode listed = AgentGraphQL.post(AgentGraphQL.AGENT_KEY, "tickets.graphql", null,
                Map.of("filter", Map.of("code", "ERR_NGROK_3200", "state", "CORRECTED"), "first", 5))
                .path("data").path("tickets");
        assertThat(listed.path("totalCount").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(listed.path("edges")).anySatisfy(e -> assertThat(e.path("node").path("id").asText()).isEqualTo(id));
    }

    @Test
    void feedbackOnAnUnknownTicketIsAnErrorWithItsErrdexCode() {
        JsonNode r = AgentGraphQL.post(AgentGraphQL.AGENT_KEY, "feedback.graphql", "Reject",
                Map.of("id", "987654321", "code", "ERR_NGROK_8012"));

        assertThat(r.path("errors").get(0).path("extensions").path("code").asText())
                .isEqualTo("ERR_ERRDEX_1400");
        assertThat(r.path("errors").get(0).path("message").asText()).contains("ERR_ERRDEX_1400");
    }

    @Test
    void anUnreadableEmailIsAnErrorWithItsErrdexCode() {
        JsonNode r = AgentGraphQL.post(AgentGraphQL.AGENT_KEY, "triageEmail.graphql", null, Map.of("raw", ""));

        assertThat(r.path("errors").get(0).path("extensions").path("code").asText())
                .isEqualTo("ERR_ERRDEX_1401");
        assertThat(r.path("errors").get(0).path("message").asText()).contains("ERR_ERRDEX_1200");
    }

    @Test
    void anAgentReadsTheOriginalEmailAndNobodyElseDoes() {
        String raw = email("gql-raw").replace("Hello,", "Hello \u00e9quipe,");
        String id = AgentGraphQL.post(AgentGraphQL.AGENT_KEY, "triageEmail.graphql", null, Map.of("raw", raw))
                .path("data").path("triageEmail").path("ticket").path("id").asText();

        JsonNode original = AgentGraphQL.post(AgentGraphQL.AGENT_KEY, "rawMessages.graphql", null, Map.of("id", id))
                .path("data").path("ticket").path("rawMessages");
        JsonNode anonymous = AgentGraphQL.post(null, "rawMessages.graphql", null, Map.of("id", id));
        JsonNode editor = AgentGraphQL.post(AgentGraphQL.EDITOR_KEY, "rawMessages.graphql", null, Map.of("id", id));

        assertThat(original).hasSize(1);
        JsonNode m = original.get(0);
        byte[] bytes = raw.getBytes(StandardCharsets.UTF_8);
        assertThat(m.path("messageId").asText()).isEqualTo("<gql-raw@mail.customer.test>");
        assertThat(Base64.getDecoder().decode(m.path("base64").asText())).isEqualTo(bytes);
        assertThat(m.path("text").asText()).isEqualTo(raw).contains("Hello \u00e9quipe,");
        assertThat(m.path("textIsExact").asBoolean()).isTrue();
        assertThat(m.path("sizeBytes").asInt()).isEqualTo(bytes.length);
        for (JsonNode refused : new JsonNode[] {anonymous, editor}) {
            assertThat(refused.path("errors")).isNotEmpty();
            assertThat(refused.path("data").path("ticket").isNull()
                    || refused.path("data").path("ticket").isMissingNode()).isTrue();
            assertThat(refused.toString()).doesNotContain("base64\":\"" + m.path("base64").asText());
        }
    }

    @Test
    void aTicketGoesToTheCurrentOwnerOfItsCodeAndTheOwnerFilterListsThatTeamsTicketsOnly() {
        catalog.upsert(CatalogEntry.builder("ERR_OWNERTEST_1").message("The card capture was declined.")
                .owner("@acme/payments").build(), "test");
        catalog.upsert(CatalogEntry.builder("ERR_OWNERTEST_2").message("The search shard is unavailable.")
                .owner("@acme/search").build(), "test");
        String payments = triaged("owner-1", "ERR_OWNERTEST_1");
        String search = triaged("owner-2", "ERR_OWNERTEST_2");

        JsonNode ticket = AgentGraphQL.post(AgentGraphQL.AGENT_KEY, "ticket.graphql", null, Map.of("id", payments))
                .path("data").path("ticket");
        assertThat(ticket.path("owner").asText()).isEqualTo("@acme/payments");
        assertThat(ticket.path("annotations").get(0).path("owner").asText()).isEqualTo("@acme/payments");
        assertThat(ticketIds(byOwner("@ACME/Payments", 5, null))).as("any case").contains(payments)
                .doesNotContain(search);
        assertThat(ticketIds(byOwner("@acme/search", 5, null))).contains(search).doesNotContain(payments);
        assertThat(byOwner("@acme/pay", 5, null).path("totalCount").asInt()).as("a whole owner, not a prefix")
                .isZero();

        catalog.upsert(CatalogEntry.builder("ERR_OWNERTEST_2").message("The search shard is unavailable.")
                .owner("@acme/payments @acme/oncall").build(), "test");

        JsonNode first = byOwner("@acme/payments", 1, null);
        JsonNode second = byOwner("@acme/payments", 1, first.path("pageInfo").path("endCursor").asText());
        assertThat(first.path("totalCount").asInt()).as("the owner is read now: the ticket follows its code")
                .isEqualTo(2);
        assertThat(first.path("pageInfo").path("hasNextPage").asBoolean()).isTrue();
        assertThat(ticketIds(first)).containsExactly(search);
        assertThat(ticketIds(second)).containsExactly(payments);
        assertThat(first.path("edges").get(0).path("node").path("owner").asText())
                .isEqualTo("@acme/payments @acme/oncall");
        assertThat(ticketIds(byOwner("@acme/oncall", 5, null))).containsExactly(search);
    }

    private static String triaged(String id, String code) {
        return AgentGraphQL.post(AgentGraphQL.AGENT_KEY, "triageEmail.graphql", null,
                Map.of("raw", email(id).replace("ERR_NGROK_8012", code))).path("data").path("triageEmail")
                .path("ticket").path("id").asText();
    }

    private static JsonNode byOwner(String owner, int first, String after) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("owner", owner);
        vars.put("first", first);
        vars.put("after", after);
        return AgentGraphQL.post(AgentGraphQL.AGENT_KEY, "ticketsByOwner.graphql", null, vars).path("data")
                .path("tickets");
    }

    private static List<String> ticketIds(JsonNode page) {
        return page.path("edges").findValues("node").stream().map(n -> n.path("id").asText()).toList();
    }
}
