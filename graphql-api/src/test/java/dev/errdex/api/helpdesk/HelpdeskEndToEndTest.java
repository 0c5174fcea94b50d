package dev.errdex.api.helpdesk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.service.CatalogService;
import dev.errdex.catalog.testing.PostgresTestDatabase;
import dev.errdex.triage.inbound.helpdesk.HelpdeskLinks;
import dev.errdex.triage.inbound.helpdesk.HelpdeskSignatures;
import dev.errdex.triage.outbound.DeliveryStatus;
import dev.errdex.triage.outbound.OutboundDispatcher;
import dev.errdex.triage.outbound.Outbox;
import dev.errdex.triage.outbound.helpdesk.HelpdeskSystem;
import dev.errdex.triage.testing.HelpdeskStubs;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A helpdesk's event in, triage, and the note out on that helpdesk's stub, over real HTTP both ways: POST
 * /helpdesk/{name} with the helpdesk's own payload and signature, the outbox, each connector against its WireMock
 * stub. The outbox job is paused; the tests drive the dispatcher.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestDatabase.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = HelpdeskStubResource.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class HelpdeskEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EXPLICIT = "Since this morning our tunnel answers ERR_NGROK_8012 and the agent log"
            + " says it failed to dial the upstream on 127.0.0.1:8080.";
    private static final String WALRUS_FIRST = "Since the office move our kiosk tablets show a grey wobbling walrus"
            + " picture and the checkout screen freezes.";
    private static final String WALRUS_AGAIN = "Again the kiosk tablets show the grey wobbling walrus picture and the"
            + " checkout screen freezes after the office move.";

    @Inject
    Outbox outbox;

    @Inject
    OutboundDispatcher dispatcher;

    @Inject
    HelpdeskLinks links;

    @Inject
    Scheduler scheduler;

    @Inject
    CatalogService catalog;

    private HelpdeskStubs stubs;

    @BeforeEach
    void pauseTheOutboxAndResetTheStubs() {
        scheduler.pause("errdex-outbound");
        stubs = HelpdeskStubResource.stubs();
        stubs.reset();
    }

    @Test
    void aZendeskTicketIsTriagedAndGetsExactlyOnePrivateNoteOnThatZendeskTicket() throws Exception {
        String event = zendeskEvent("4711", "Tunnel error", EXPLICIT, null);

        JsonNode created = json(zendesk(event, Instant.now()).then().statusCode(201).extract().response());
        JsonNode again = json(zendesk(event, Instant.now()).then().statusCode(200).extract().response());

        assertThat(created.path("outcome").asText()).isEqualTo("CREATED");
        String ticketId = created.path("ticket").path("id").asText();
        assertThat(created.path("ticket").path("requester").asText()).isEqualTo("customer@example.com");
        assertThat(created.path("ticket").path("annotations").get(0).path("code").asText())
                .isEqualTo("ERR_NGROK_8012");
        assertThat(again.path("outcome").asText()).isEqualTo("DUPLICATE");
        assertThat(again.path("ticket").path("id").asText()).isEqualTo(ticketId);
        assertThat(outbox.deliveries(ticketId)).as("acknowledged means the note is already a committed row")
                .singleElement().satisfies(d -> assertThat(d.state()).isEqualTo("PENDING"));

        assertThat(drain(ticketId)).singleElement().satisfies(d -> {
            assertThat(d.target()).isEqualTo("ZENDESK");
            assertThat(d.state()).isEqualTo("DELIVERED");
        });
        zendesk(event, Instant.now()).then().statusCode(200);
        drain(ticketId);

        List<LoggedRequest> puts = stubs.requests("PUT", "/api/v2/tickets/4711");
        assertThat(puts).as("one note, whatever the number of events").hasSize(1);
        JsonNode ticket = HelpdeskStubs.body(puts.get(0)).path("ticket");
        assertThat(ticket.path("comment").path("public").isBoolean()).isTrue();
        assertThat(ticket.path("comment").path("public").booleanValue()).isFalse();
        assertThat(ticket.path("comment").path("html_body").asText()).contains("ERR_NGROK_8012")
                .contains("catalog revision");
        assertThat(ticket.path("additional_tags").get(0).asText()).isEqualTo("errdex_err_ngrok_8012");

        JsonNode external = graphql("{ ticket(id: \"" + ticketId + "\") { external { system id url } } }")
                .path("data").path("ticket").path("external");
        assertThat(external.path("system").asText()).isEqualTo("ZENDESK");
        assertThat(external.path("id").asText()).isEqualTo("4711");
        assertThat(external.path("url").asText()).isEqualTo(stubs.url() + "/agent/tickets/4711");
    }

    @Test
    void theZendeskNoteNamesTheTeamThatOwnsTheCodeAndTagsTheTicketForThatTeam() throws Exception {
        catalog.upsert(CatalogEntry.builder("ERR_OWNERNOTE_1").message("The card capture was declined.")
                .owner("@acme/payments").build(), "test");
        String ticketId = json(zendesk(zendeskEvent("4712", "Payment error", "Checkout answers ERR_OWNERNOTE_1"
                + " for every card since noon.", null), Instant.now()).then().statusCode(201).extract().response())
                .path("ticket").path("id").asText();

        drain(ticketId);

        JsonNode ticket = HelpdeskStubs.body(single(stubs.requests("PUT", "/api/v2/tickets/4712"))).path("ticket");
        assertThat(ticket.path("comment").path("html_body").asText()).contains("ERR_OWNERNOTE_1")
                .contains("Owned by <code>@acme/payments</code>");
        assertThat(ticket.path("additional_tags")).extracting(JsonNode::asText)
                .containsExactly("errdex_err_ownernote_1", "errdex-owner-acme-payments");
    }

    @Test
    void freshdeskZammadAndHelpScoutTicketsGetTheirNotesOnTheirOwnTickets() throws Exception {
        ObjectNode freshdesk = JSON.createObjectNode().put("ticket_id", 31).put("subject", "Tunnel error")
                .put("description", EXPLICIT).put("requester_email", "customer@example.com").put("priority", 2);
        String fd = json(post("freshdesk", freshdesk.toString(),
                Map.of("Authorization", "Bearer " + HelpdeskStubResource.FRESHDESK_SECRET)).then().statusCode(201)
                .extract().response()).path("ticket").path("id").asText();

        String zammadBody = "{\"ticket\":{\"id\":88,\"number\":\"31001\",\"title\":\"Tunnel error\",\"customer\":"
                + "{\"email\":\"customer@example.com\",\"firstname\":\"C\"}},\"article\":{\"body\":\"<p>"
                + EXPLICIT + "</p>\",\"content_type\":\"text/html\",\"from\":\"C <customer@example.com>\"}}";
        String zm = json(post("zammad", zammadBody, Map.of(HelpdeskSignatures.ZAMMAD_SIGNATURE,
                HelpdeskSignatures.zammad(HelpdeskStubResource.ZAMMAD_SECRET, bytes(zammadBody))))
                .then().statusCode(201).extract().response()).path("ticket").path("id").asText();

        String helpScoutBody = "{\"id\":900,\"number\":12,\"subject\":\"Tunnel error\",\"status\":\"active\","
                + "\"primaryCustomer\":{\"id\":5,\"email\":\"customer@example.com\"},\"tags\":[],"
                + "\"_embedded\":{\"threads\":[{\"id\":1,\"type\":\"customer\",\"body\":\"" + EXPLICIT + "\"}]}}";
        String hs = json(post("helpscout", helpScoutBody, Map.of(HelpdeskSignatures.HELPSCOUT_SIGNATURE,
                HelpdeskSignatures.helpScout(HelpdeskStubResource.HELPSCOUT_SECRET, bytes(helpScoutBody))))
                .then().statusCode(201).extract().response()).path("ticket").path("id").asText();

        for (String id : List.of(fd, zm, hs)) {
            assertThat(drain(id)).singleElement().satisfies(d -> assertThat(d.state()).isEqualTo("DELIVERED"));
        }
        JsonNode fdNote = HelpdeskStubs.body(single(stubs.requests("POST", "/api/v2/tickets/31/notes")));
        assertThat(fdNote.path("private").isBoolean() && fdNote.path("private").booleanValue()).isTrue();
        assertThat(fdNote.path("body").asText()).contains("ERR_NGROK_8012");
        JsonNode zmNote = HelpdeskStubs.body(single(stubs.requests("POST", "/api/v1/ticket_articles")));
        assertThat(zmNote.path("ticket_id").longValue()).isEqualTo(88);
        assertThat(zmNote.path("internal").isBoolean() && zmNote.path("internal").booleanValue()).isTrue();
        assertThat(zmNote.path("body").asText()).contains("ERR_NGROK_8012");
        JsonNode hsNote = HelpdeskStubs.body(single(stubs.requests("POST", "/v2/conversations/900/notes")));
        assertThat(hsNote.path("text").asText()).contains("ERR_NGROK_8012");
        assertThat(HelpdeskStubs.body(single(stubs.requests("PUT", "/v2/conversations/900/tags"))).path("tags")
                .findValuesAsText("tag")).isEmpty();
        assertThat(HelpdeskStubs.body(single(stubs.requests("PUT", "/v2/conversations/900/tags"))).path("tags"))
                .extracting(JsonNode::asText).contains("errdex_err_ngrok_8012");
        assertThat(links.of(HelpdeskSystem.HELPSCOUT, "900")).isPresent();
    }

    @Test
    void aHelpdeskThatAsksToWaitTwoSecondsIsCalledAgainAfterTwoSecondsAndNotBefore() throws Exception {
        stubs.server().stubFor(put(urlPathEqualTo("/api/v2/tickets/5005")).atPriority(1)
                .inScenario("throttled").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("open")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2")));
        String ticketId = json(zendesk(zendeskEvent("5005", "Tunnel error", EXPLICIT, null), Instant.now())
                .then().statusCode(201).extract().response()).path("ticket").path("id").asText();

        assertThat(drain(ticketId)).singleElement().satisfies(d -> {
            assertThat(d.state()).isEqualTo("DELIVERED");
            assertThat(d.attempts()).isEqualTo(2);
            assertThat(d.lastError()).contains("ERR_ERRDEX_1267").contains("HTTP 429");
        });
        List<LoggedRequest> puts = stubs.requests("PUT", "/api/v2/tickets/5005");
        assertThat(puts).hasSize(2);
        long gap = puts.get(1).getLoggedDate().getTime() - puts.get(0).getLoggedDate().getTime();
        assertThat(gap).as("ms between the 429 and the retry (backoff alone is 5 ms)").isGreaterThanOrEqualTo(2000);
    }

    @Test
    void wrongMissingAndStaleSignaturesAreRefusedAndStoreNothing() {
        String event = zendeskEvent("6001", "Tunnel error", EXPLICIT, null);
        String now = Instant.now().toString();

        problem(post("zendesk", event, Map.of(HelpdeskSignatures.ZENDESK_TIMESTAMP, now,
                HelpdeskSignatures.ZENDESK_SIGNATURE, HelpdeskSignatures.zendesk("another secret", now,
                        bytes(event)))), 401, "ERR_ERRDEX_1452");
        problem(post("zendesk", event, Map.of(HelpdeskSignatures.ZENDESK_TIMESTAMP, now)), 401, "ERR_ERRDEX_1451");
        problem(zendesk(event, Instant.now().minus(Duration.ofMinutes(10))), 401, "ERR_ERRDEX_1453");
        problem(post("zendesk", event.replace("6001", "6002"), Map.of(HelpdeskSignatures.ZENDESK_TIMESTAMP, now,
                HelpdeskSignatures.ZENDESK_SIGNATURE, HelpdeskSignatures.zendesk(HelpdeskStubResource.ZENDESK_SECRET,
                        now, bytes(event)))), 401, "ERR_ERRDEX_1452");
        problem(post("helpscout", "{\"id\":6003}", Map.of(HelpdeskSignatures.HELPSCOUT_SIGNATURE,
                HelpdeskSignatures.helpScout("another secret", bytes("{\"id\":6003}")))), 401, "ERR_ERRDEX_1452");
        problem(post("zammad", "{\"ticket\":{\"id\":6004}}", Map.of()), 401, "ERR_ERRDEX_1451");
        problem(post("freshdesk", "{\"ticket_id\":6005}", Map.of("Authorization", "Bearer nope")), 401,
                "ERR_ERRDEX_1452");

        assertThat(links.of(HelpdeskSystem.ZENDESK, "6001")).isEmpty();
        assertThat(links.of(HelpdeskSystem.ZENDESK, "6002")).isEmpty();
        zendesk(event, Instant.now()).then().statusCode(201);
        assertThat(links.of(HelpdeskSystem.ZENDESK, "6001")).as("the right signature").isPresent();
    }

    @Test
    void aPayloadWithoutARequiredFieldIsAProblemAndStoresNothingWhileUnknownFieldsAreIgnored() {
        ObjectNode missing = JSON.createObjectNode().put("ticket_id", "6101").put("subject", "Tunnel error")
                .put("description", EXPLICIT);
        Response refused = zendesk(missing.toString(), Instant.now());
        problem(refused, 400, "ERR_ERRDEX_1454");
        assertThat(refused.asString()).contains("requester_email is missing");
        problem(zendesk("{not json", Instant.now()), 400, "ERR_ERRDEX_1454");
        assertThat(links.of(HelpdeskSystem.ZENDESK, "6101")).isEmpty();

        missing.put("requester_email", "customer@example.com").put("via", "web").putObject("custom").put("a", 1);
        zendesk(missing.toString(), Instant.now()).then().statusCode(201);
        assertThat(links.of(HelpdeskSystem.ZENDESK, "6101")).isPresent();
    }

    @Test
    void anAgentSettingAnotherCodesTagTeachesTheIndexSoTheNextSimilarTicketGetsThatCode() throws Exception {
        JsonNode before = json(zendesk(zendeskEvent("7001", "Kiosk walrus", WALRUS_AGAIN, null), Instant.now())
                .then().statusCode(201).extract().response());
        assertThat(codes(before)).doesNotContain("ERR_NGROK_3004");
        String first = json(zendesk(zendeskEvent("7002", "Kiosk walrus", WALRUS_FIRST, null), Instant.now())
                .then().statusCode(201).extract().response()).path("ticket").path("id").asText();
        drain(first);

        JsonNode feedback = json(zendesk(zendeskEvent("7002", "Kiosk walrus", WALRUS_FIRST,
                "vip errdex_err_ngrok_3004"), Instant.now()).then().statusCode(200).extract().response());

        assertThat(feedback.path("outcome").asText()).isEqualTo("FEEDBACK");
        assertThat(feedback.path("ticket").path("feedback").get(0).path("by").asText()).isEqualTo("helpdesk:zendesk");
        JsonNode after = json(zendesk(zendeskEvent("7003", "Kiosk walrus", WALRUS_AGAIN, null), Instant.now())
                .then().statusCode(201).extract().response());
        assertThat(after.path("ticket").path("annotations").get(0).path("code").asText())
                .isEqualTo("ERR_NGROK_3004");
    }

    @Test
    void removingErrdexsTagRejectsItsCodeOnceButOnlyAfterTheNoteReachedTheHelpdesk() throws Exception {
        String ticketId = json(zendesk(zendeskEvent("7100", "Tunnel error", EXPLICIT, null), Instant.now())
                .then().statusCode(201).extract().response()).path("ticket").path("id").asText();
        String untagged = zendeskEvent("7100", "Tunnel error", EXPLICIT, "vip");
        JsonNode early = json(zendesk(untagged, Instant.now()).then().statusCode(200).extract().response());
        assertThat(early.path("outcome").asText()).as("errdex's tag is not there yet").isEqualTo("DUPLICATE");

        drain(ticketId);
        JsonNode rejected = json(zendesk(untagged, Instant.now()).then().statusCode(200).extract().response());
        JsonNode again = json(zendesk(untagged, Instant.now()).then().statusCode(200).extract().response());

        assertThat(rejected.path("outcome").asText()).isEqualTo("FEEDBACK");
        assertThat(rejected.path("ticket").path("annotations").get(0).path("review").asText()).isEqualTo("REJECTED");
        assertThat(again.path("outcome").asText()).isEqualTo("DUPLICATE");
        assertThat(again.path("ticket").path("feedback")).hasSize(1);
    }

    @Test
    void aNoteTheHelpdeskRefusesIsADeadLetterAgentsSeeInGraphqlAndInTheMetrics() throws Exception {
        stubs.server().stubFor(put(urlPathEqualTo("/api/v2/tickets/8008")).atPriority(1)
                .willReturn(aResponse().withStatus(422).withBody("{\"error\":\"RecordInvalid\"}")));
        String ticketId = json(zendesk(zendeskEvent("8008", "Tunnel error", EXPLICIT, null), Instant.now())
                .then().statusCode(201).extract().response()).path("ticket").path("id").asText();

        assertThat(drain(ticketId)).singleElement().satisfies(d -> assertThat(d.state()).isEqualTo("DEAD"));

        JsonNode dead = graphql("{ deadLetters(first: 50) { ticketId target attempts reason } }")
                .path("data").path("deadLetters");
        assertThat(dead.findParents("ticketId")).filteredOn(d -> d.path("ticketId").asText().equals(ticketId))
                .singleElement().satisfies(d -> {
                    assertThat(d.path("target").asText()).isEqualTo("ZENDESK");
                    assertThat(d.path("attempts").asInt()).isEqualTo(1);
                    assertThat(d.path("reason").asText()).startsWith("ERR_ERRDEX_1263").contains("ERR_ERRDEX_1266")
                            .contains("HTTP 422").doesNotContain(HelpdeskStubs.ZENDESK_TOKEN);
                });
        assertThat(given().get("/q/metrics").then().statusCode(200).extract().asString())
                .containsPattern("errdex_outbound_notes_total\\{[^}]*outcome=\"dead\"[^}]*target=\"ZENDESK\"");
    }

    private static String zendeskEvent(String id, String subject, String description, String tags) {
        ObjectNode n = JSON.createObjectNode().put("ticket_id", id).put("subject", subject)
                .put("description", description).put("requester_email", "customer@example.com")
                .put("latest_comment", description).put("url", "https://example.zendesk.com/agent/tickets/" + id);
        if (tags != null) {
            n.put("tags", tags);
        }
        return n.toString();
    }

    private static Response zendesk(String body, Instant at) {
        String ts = at.toString();
        return post("zendesk", body, Map.of(HelpdeskSignatures.ZENDESK_TIMESTAMP, ts,
                HelpdeskSignatures.ZENDESK_SIGNATURE, HelpdeskSignatures.zendesk(HelpdeskStubResource.ZENDESK_SECRET,
                        ts, bytes(body))));
    }

    private static Response post(String helpdesk, String body, Map<String, String> headers) {
        return given().contentType("application/json").headers(headers).body(bytes(body))
                .when().post("/helpdesk/" + helpdesk);
    }

    private static void problem(Response response, int status, String code) {
        response.then().statusCode(status).contentType("application/problem+json");
        assertThat(json(response).path("code").asText()).isEqualTo(code);
    }

    private static JsonNode graphql(String query) throws Exception {
        String body = given().contentType("application/json").header("Authorization", "Bearer test-agent-key")
                .body(JSON.createObjectNode().put("query", query).toString()).when().post("/graphql")
                .then().statusCode(200).extract().asString();
        return JSON.readTree(body);
    }

    private static JsonNode json(Response response) {
        try {
            return JSON.readTree(response.asString());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + response.asString(), e);
        }
    }

    private static List<String> codes(JsonNode answer) {
        return answer.path("ticket").path("annotations").findValuesAsText("code");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static LoggedRequest single(List<LoggedRequest> requests) {
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    /** Sends the ticket's notes until each is delivered or dead (a Retry-After makes this wait for it). */
    private List<DeliveryStatus> drain(String ticketId) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            List<DeliveryStatus> notes = outbox.deliveries(ticketId);
            if (notes.stream().allMatch(d -> d.state().equals("DELIVERED") || d.state().equals("DEAD"))) {
                return notes;
            }
            if (dispatcher.processDue() == 0) {
                Thread.sleep(20);
            }
        }
        return fail("notes of " + ticketId + " still pending: " + outbox.deliveries(ticketId));
    }
}
