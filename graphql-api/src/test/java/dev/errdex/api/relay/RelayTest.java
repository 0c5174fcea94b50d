package dev.errdex.api.relay;

import com.fasterxml.jackson.databind.JsonNode;
import dev.errdex.api.GraphQLClient;
import dev.errdex.catalog.testing.PostgresTestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Relay over real HTTP: global ids that node(id) and nodes(ids) resolve, with each type's access rule, and paging. */
@QuarkusTest
@WithTestResource(value = PostgresTestDatabase.class, scope = TestResourceScope.GLOBAL)
class RelayTest {

    static final String AGENT_KEY = "test-agent-key";
    static final String EDITOR_KEY = "test-editor-key";
    private static final Map<String, Object> ERRDEX = Map.of("namespace", "ERR_ERRDEX");

    @Test
    void anErrorCodeAndItsRevisionsAreFoundAgainByTheirGlobalIds() {
        JsonNode code = post("errorCodeIds.graphql", Map.of("code", "err-ngrok-8012"), null).path("data")
                .path("errorCode");
        String id = code.path("id").asText();
        assertThat(id).as("opaque: the code is not readable in the id").doesNotContain("8012").isNotBlank();

        JsonNode node = post("node.graphql", Map.of("id", id), null).path("data").path("node");
        assertThat(node.path("__typename").asText()).isEqualTo("ErrorCode");
        assertThat(node.path("id").asText()).isEqualTo(id);
        assertThat(node.path("code").asText()).isEqualTo("ERR_NGROK_8012");

        JsonNode revision = code.path("history").get(0);
        JsonNode entry = post("node.graphql", Map.of("id", revision.path("id").asText()), null).path("data")
                .path("node");
        assertThat(entry.path("__typename").asText()).isEqualTo("HistoryEntry");
        assertThat(entry.path("code").asText()).isEqualTo("ERR_NGROK_8012");
        assertThat(entry.path("revision").asLong()).isEqualTo(revision.path("revision").asLong());
        assertThat(entry.path("change").asText()).isEqualTo(revision.path("change").asText());
    }

    @Test
    void aTicketIsFoundAgainByItsGlobalIdAndByItsNumber() {
        JsonNode ticket = triage("relay-node-" + UUID.randomUUID()).path("ticket");
        String id = ticket.path("id").asText();
        String number = ticket.path("ticketId").asText();
        assertThat(id).isNotEqualTo(number);

        JsonNode node = post("node.graphql", Map.of("id", id), AGENT_KEY).path("data").path("node");
        assertThat(node.path("__typename").asText()).isEqualTo("Ticket");
        assertThat(node.path("ticketId").asText()).isEqualTo(number);
        assertThat(post("ticketByNumber.graphql", Map.of("id", number), AGENT_KEY).path("data").path("ticket")
                .path("id").asText()).as("ticket(id) still takes the ticket number").isEqualTo(id);
        assertThat(post("ticketByNumber.graphql", Map.of("id", id), AGENT_KEY).path("data").path("ticket")
                .path("ticketId").asText()).isEqualTo(number);
    }

    @Test
    void nodeOfATicketNeedsTheRoleTheTicketQueryNeeds() {
        String id = triage("relay-access-" + UUID.randomUUID()).path("ticket").path("id").asText();

        JsonNode anonymous = post("node.graphql", Map.of("id", id), null);
        JsonNode editor = post("node.graphql", Map.of("id", id), EDITOR_KEY);

        assertThat(anonymous.path("data").path("node").isNull()).isTrue();
        assertThat(code(anonymous)).isEqualTo("ERR_ERRDEX_1301");
        assertThat(editor.path("data").path("node").isNull()).isTrue();
        assertThat(code(editor)).isEqualTo("ERR_ERRDEX_1303");
        assertThat(post("nodes.graphql", Map.of("ids", List.of(id)), EDITOR_KEY).path("errors").get(0)
                .path("extensions").path("code").asText()).isEqualTo("ERR_ERRDEX_1303");
    }

    @Test
    void nodesAnswersInTheOrderAskedWithNullForWhatNoLongerExists() {
        String first = errorCodeId("ERR_NGROK_8012");
        String gone = GlobalId.NodeType.ERROR_CODE.id("ERR_NGROK_99999");
        String second = errorCodeId("ERR_ERRDEX_1040");

        JsonNode nodes = post("nodes.graphql", Map.of("ids", List.of(second, gone, first)), null).path("data")
                .path("nodes");

        assertThat(nodes).hasSize(3);
        assertThat(nodes.get(0).path("code").asText()).isEqualTo("ERR_ERRDEX_1040");
        assertThat(nodes.get(1).isNull()).isTrue();
        assertThat(nodes.get(2).path("code").asText()).isEqualTo("ERR_NGROK_8012");
    }

    @Test
    void anIdErrdexDidNotGiveOutIsRefusedWithACode() {
        JsonNode bare = post("node.graphql", Map.of("id", "ERR_NGROK_8012"), null);
        JsonNode cursor = post("node.graphql", Map.of("id", firstPage(2).path("pageInfo").path("endCursor").asText()),
                null);
        List<String> many = Collections.nCopies(101, errorCodeId("ERR_NGROK_8012"));

        assertThat(code(bare)).isEqualTo("ERR_ERRDEX_1376");
        assertThat(bare.path("errors").get(0).path("message").asText()).contains("not an id errdex gave out");
        assertThat(code(cursor)).as("a cursor is not an id").isEqualTo("ERR_ERRDEX_1376");
        assertThat(code(post("nodes.graphql", Map.of("ids", many), null))).isEqualTo("ERR_ERRDEX_1377");
    }

    @Test
    void pagingBackwardsWithLastAndBeforeGivesTheSameCodesAsPagingForwards() {
        List<String> forwards = new ArrayList<>();
        JsonNode page = firstPage(7);
        assertThat(page.path("pageInfo").path("hasPreviousPage").asBoolean()).as("first page").isFalse();
        int total = page.path("totalCount").asInt();
        assertThat(total).isGreaterThan(14);
        while (true) {
            codes(page).forEach(forwards::add);
            assertThat(page.path("nodes").findValuesAsText("code")).isEqualTo(codes(page));
            JsonNode info = page.path("pageInfo");
            if (!info.path("hasNextPage").asBoolean()) {
                break;
            }
            page = codesPage(Map.of("first", 7, "after", info.path("endCursor").asText()));
            assertThat(page.path("pageInfo").path("hasPreviousPage").asBoolean()).as("pages after the first")
                    .isTrue();
        }

        List<String> backwards = new ArrayList<>();
        page = codesPage(Map.of("last", 7));
        JsonNode lastInfo = page.path("pageInfo");
        assertThat(lastInfo.path("hasNextPage").asBoolean()).as("last page").isFalse();
        assertThat(lastInfo.path("hasPreviousPage").asBoolean()).isTrue();
        assertThat(lastInfo.path("endCursor").asText()).isEqualTo(page.path("edges").get(6).path("cursor").asText());
        while (true) {
            List<String> codes = codes(page);
            backwards.addAll(0, codes);
            JsonNode info = page.path("pageInfo");
            if (!info.path("hasPreviousPage").asBoolean()) {
                break;
            }
            page = codesPage(Map.of("last", 7, "before", info.path("startCursor").asText()));
            assertThat(page.path("pageInfo").path("hasNextPage").asBoolean()).as("pages before the last").isTrue();
        }

        assertThat(forwards).hasSize(total).doesNotHaveDuplicates();
        assertThat(backwards).isEqualTo(forwards);
    }

    @Test
    void ticketsPageBackwardsToTheSameTicketsAsForwards() {
        String subject = "relay-paging-" + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            triage(subject + " " + i);
        }
        Map<String, Object> filter = Map.of("text", subject);
        List<String> forwards = new ArrayList<>();
        JsonNode page = ticketsPage(Map.of("first", 2, "filter", filter));
        forwards.addAll(page.path("nodes").findValuesAsText("ticketId"));
        while (page.path("pageInfo").path("hasNextPage").asBoolean()) {
            page = ticketsPage(Map.of("first", 2, "after", page.path("pageInfo").path("endCursor").asText(),
                    "filter", filter));
            forwards.addAll(page.path("nodes").findValuesAsText("ticketId"));
        }
        List<String> backwards = new ArrayList<>();
        page = ticketsPage(Map.of("last", 2, "filter", filter));
        assertThat(page.path("pageInfo").path("hasNextPage").asBoolean()).isFalse();
        backwards.addAll(0, page.path("nodes").findValuesAsText("ticketId"));
        while (page.path("pageInfo").path("hasPreviousPage").asBoolean()) {
            page = ticketsPage(Map.of("last", 2, "before", page.path("pageInfo").path("startCursor").asText(),
                    "filter", filter));
            backwards.addAll(0, page.path("nodes").findValuesAsText("ticketId"));
        }

        assertThat(forwards).hasSize(5).doesNotHaveDuplicates();
        assertThat(backwards).isEqualTo(forwards);
    }

    @Test
    void firstAndLastTogetherOrANegativeSizeAreRefusedWithACode() {
        JsonNode both = post("errorCodesPage.graphql", Map.of("first", 2, "last", 2), null);
        JsonNode negative = post("errorCodesPage.graphql", Map.of("last", -1), null);
        JsonNode ticketsBoth = post("ticketsPage.graphql", Map.of("first", 2, "last", 2), AGENT_KEY);
        JsonNode badBefore = post("errorCodesPage.graphql", Map.of("last", 2, "before", "nonsense"), null);

        assertThat(code(both)).isEqualTo("ERR_ERRDEX_1375");
        assertThat(both.path("errors").get(0).path("message").asText()).contains("first (2) and last (2)");
        assertThat(code(negative)).isEqualTo("ERR_ERRDEX_1042");
        assertThat(negative.path("errors").get(0).path("message").asText()).contains("last must be between 0");
        assertThat(code(ticketsBoth)).isEqualTo("ERR_ERRDEX_1375");
        assertThat(code(badBefore)).isEqualTo("ERR_ERRDEX_1041");
    }

    private static JsonNode firstPage(int size) {
        return codesPage(Map.of("first", size));
    }

    private static JsonNode codesPage(Map<String, Object> arguments) {
        Map<String, Object> variables = new HashMap<>(arguments);
        variables.put("filter", ERRDEX);
        JsonNode response = post("errorCodesPage.graphql", variables, null);
        assertThat(response.path("errors").isMissingNode()).as(response.toString()).isTrue();
        return response.path("data").path("errorCodes");
    }

    private static JsonNode ticketsPage(Map<String, Object> variables) {
        JsonNode response = post("ticketsPage.graphql", variables, AGENT_KEY);
        assertThat(response.path("errors").isMissingNode()).as(response.toString()).isTrue();
        return response.path("data").path("tickets");
    }

    private static List<String> codes(JsonNode page) {
        return page.path("edges").findValuesAsText("code");
    }

    private static String errorCodeId(String code) {
        return post("errorCodeIds.graphql", Map.of("code", code), null).path("data").path("errorCode").path("id")
                .asText();
    }

    /** Stores an email with this subject through emailTriage; its payload. */
    static JsonNode triage(String subject) {
        String raw = resource("tickets/explicit-code.eml").replace("{id}", UUID.randomUUID().toString())
                .replace("Subject: Tunnel broken since this morning", "Subject: " + subject);
        JsonNode response = post("emailTriage.graphql", Map.of("input", Map.of("raw", raw)), AGENT_KEY);
        assertThat(response.path("errors").isMissingNode()).as(response.toString()).isTrue();
        return response.path("data").path("emailTriage");
    }

    static JsonNode post(String document, Map<String, ?> variables, String key) {
        return GraphQLClient.post("relay/" + document, variables, key);
    }

    static String code(JsonNode response) {
        return response.path("errors").get(0).path("extensions").path("code").asText();
    }

    static String resource(String name) {
        try (InputStream in = RelayTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
