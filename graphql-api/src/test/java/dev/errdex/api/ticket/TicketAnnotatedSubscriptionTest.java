package dev.errdex.api.ticket;

import com.fasterxml.jackson.databind.JsonNode;
import dev.errdex.api.GraphQLSubscription;
import dev.errdex.catalog.testing.PostgresTestDatabase;
import dev.errdex.triage.ticket.Channel;
import dev.errdex.triage.ticket.TicketService;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Subscription {@code ticketAnnotated} over WebSocket (graphql-transport-ws): agents get tickets, nobody else. */
@QuarkusTest
@WithTestResource(value = PostgresTestDatabase.class, scope = TestResourceScope.GLOBAL)
class TicketAnnotatedSubscriptionTest {

    private static final String SUBSCRIPTION =
            "subscription { ticketAnnotated { ticketId subject state channel at codes { code source attach } } }";

    @TestHTTPResource("/graphql")
    URI graphql;

    @Inject
    TicketService tickets;

    private String store(String code) {
        return tickets.ingest(TicketStatsTest.emailNaming(code).getBytes(StandardCharsets.UTF_8), Channel.FILE,
                "subscription-test").ticket().id();
    }

    @Test
    void anAgentReceivesEachNewlyAnnotatedTicket() throws Exception {
        try (GraphQLSubscription agent = new GraphQLSubscription(graphql, AgentGraphQL.AGENT_KEY, SUBSCRIPTION)) {
            // the subscription starts asynchronously: store tickets until the first event arrives
            JsonNode next = null;
            String stored = null;
            for (int i = 0; i < 50 && next == null; i++) {
                stored = store("ERR_NGROK_4100");
                next = agent.received.poll(200, TimeUnit.MILLISECONDS);
            }
            assertThat(next).as("an event over the WebSocket").isNotNull();
            assertThat(next.path("type").asText()).as("%s", next).isEqualTo("next");
            JsonNode event = next.path("payload").path("data").path("ticketAnnotated");
            while (!event.path("ticketId").asText().equals(stored)) { // events of earlier attempts come first
                JsonNode later = agent.received.poll(10, TimeUnit.SECONDS);
                assertThat(later).as("the event of ticket %s", stored).isNotNull();
                event = later.path("payload").path("data").path("ticketAnnotated");
            }
            assertThat(event.path("state").asText()).isEqualTo("ANNOTATED");
            assertThat(event.path("channel").asText()).isEqualTo("FILE");
            assertThat(event.path("subject").asText()).isEqualTo("Our tunnel fails");
            assertThat(event.path("codes").get(0).path("code").asText()).isEqualTo("ERR_NGROK_4100");
            assertThat(event.path("codes").get(0).path("source").asText()).isEqualTo("EXPLICIT");
        }
    }

    @Test
    void aClientWithoutAnAgentKeyIsRefusedAndSeesNoTicket() throws Exception {
        try (GraphQLSubscription anonymous = new GraphQLSubscription(graphql, null, SUBSCRIPTION);
             GraphQLSubscription editor = new GraphQLSubscription(graphql, AgentGraphQL.EDITOR_KEY, SUBSCRIPTION)) {
            JsonNode refusedAnonymous = anonymous.received.poll(10, TimeUnit.SECONDS);
            JsonNode refusedEditor = editor.received.poll(10, TimeUnit.SECONDS);
            store("ERR_NGROK_4101");
            store("ERR_NGROK_4101");

            assertThat(refusedAnonymous).as("an answer to the anonymous subscription").isNotNull();
            assertThat(refusedAnonymous.path("type").asText()).as("%s", refusedAnonymous).isIn("error", "next");
            assertThat(refusedAnonymous.path("payload").toString()).contains("ERR_ERRDEX_1301")
                    .doesNotContain("ticketId");
            assertThat(refusedEditor).as("an answer to the editor's subscription").isNotNull();
            assertThat(refusedEditor.path("type").asText()).as("%s", refusedEditor).isIn("error", "next");
            assertThat(refusedEditor.path("payload").toString()).contains("ERR_ERRDEX_1303")
                    .doesNotContain("ticketId");
            JsonNode afterAnonymous = anonymous.received.poll(500, TimeUnit.MILLISECONDS);
            JsonNode afterEditor = editor.received.poll(100, TimeUnit.MILLISECONDS);
            assertThat(afterAnonymous == null || afterAnonymous.path("type").asText().equals("complete"))
                    .as("no ticket after the refusal: %s", afterAnonymous).isTrue();
            assertThat(afterEditor == null || afterEditor.path("type").asText().equals("complete"))
                    .as("no ticket after the refusal: %s", afterEditor).isTrue();
        }
    }
}
