package dev.errdex.api.ticket;

import dev.errdex.catalog.testing.PostgresTestDatabase;
import dev.errdex.triage.ticket.TicketFilter;
import dev.errdex.triage.ticket.TicketService;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@WithTestResource(value = PostgresTestDatabase.class, scope = TestResourceScope.GLOBAL)
class InboundWebhookTest {

    private static final String SECRET = "Bearer test-webhook-secret-0123456789abcdef";

    @Inject
    TicketService tickets;

    private static ValidatableResponse post(String authorization, String type, byte[] body) {
        var spec = given().contentType(type).body(body);
        if (authorization != null) {
            spec = spec.header("Authorization", authorization);
        }
        return spec.when().post("/triage/inbound").then();
    }

    private static byte[] email(String id) {
        return AgentGraphQL.resource("tickets/explicit-code.eml").replace("{id}", id).getBytes();
    }

    private long ticketCount() {
        return tickets.list(TicketFilter.ALL, 0, null).totalCount();
    }

    @Test
    void aRawEmailBecomesATicketAnsweredWith201AndTheSameEmailAgainWith200() {
        String id = post(SECRET, "message/rfc822", email("hook-1")).statusCode(201)
                .contentType("application/json")
                .body("outcome", equalTo("CREATED"))
                .body("ticket.state", equalTo("ANNOTATED"))
                .body("ticket.annotations[0].code", equalTo("ERR_NGROK_8012"))
                .body("ticket.annotations[0].docsUrl", startsWith("https://ngrok.com/docs/errors/"))
                .body("ticket.messages[0].channel", equalTo("WEBHOOK"))
                .extract().path("ticket.id");

        post(SECRET, "message/rfc822", email("hook-1")).statusCode(200)
                .body("outcome", equalTo("DUPLICATE"))
                .body("ticket.id", equalTo(id));
    }

    @Test
    void postmarkInboundJsonBecomesATicketWithTheEmailsOwnMessageId() throws IOException {
        byte[] json;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("tickets/postmark.json")) {
            json = in.readAllBytes();
        }
        post(SECRET, "application/json", json).statusCode(201)
                .body("ticket.subject", equalTo("Agent cannot start: authentication"))
                .body("ticket.requester", equalTo("bo@customer.test"))
                .body("ticket.messages[0].messageId", equalTo("<pm-4018@mail.customer.test>"))
                .body("ticket.messages[0].from", equalTo("Bo Berg <bo@customer.test>"))
                .body("ticket.messages[0].sourceRef", equalTo("webhook:postmark:22c74902-a0c1-4511-804f-341342852c90"))
                .body("ticket.messages[0].text", org.hamcrest.Matchers.containsString("session not authenticated"))
                .body("ticket.annotations[0].code", equalTo("ERR_NGROK_4018"));
        post(SECRET, "application/json", json).statusCode(200);
    }

    @Test
    void malformedMailIsRefusedWithItsReasonAndNothingIsWritten() throws IOException {
        byte[] binary;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("tickets/not-a-mail.bin")) {
            binary = in.readAllBytes();
        }
        long before = ticketCount();

        post(SECRET, "message/rfc822", binary).statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("ERR_ERRDEX_1401"))
                .body("cause", equalTo("ERR_ERRDEX_1209"))
                .body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyOrNullString()))
                .body("status", equalTo(422));
        post(SECRET, "message/rfc822", new byte[0]).statusCode(422).body("cause", equalTo("ERR_ERRDEX_1200"));
        assertThat(ticketCount()).isEqualTo(before);
    }

    @Test
    void aMissingOrWrongSecretIsRefusedWith401() {
        post(null, "message/rfc822", email("hook-x")).statusCode(401)
                .contentType("application/problem+json").body("code", equalTo("ERR_ERRDEX_1403"));
        post("Bearer test-webhook-secreT", "message/rfc822", email("hook-x")).statusCode(401)
                .body("code", equalTo("ERR_ERRDEX_1403"));
        post("Bearer test-agent-key", "message/rfc822", email("hook-x")).statusCode(401);
    }

    @Test
    void anUploadOverTheLimitIsRefusedWith413() {
        byte[] big = (new String(email("hook-big")) + "x".repeat(70_000)).getBytes();

        post(SECRET, "message/rfc822", big).statusCode(413)
                .contentType("application/problem+json").body("code", equalTo("ERR_ERRDEX_1404"));
    }

    @Test
    void otherMediaTypesAndBrokenJsonAreRefused() {
        post(SECRET, "text/plain", email("hook-t")).statusCode(415).body("code", equalTo("ERR_ERRDEX_1405"));
        post(SECRET, "application/json", "{not json".getBytes()).statusCode(400)
                .body("code", equalTo("ERR_ERRDEX_1406"));
        post(SECRET, "application/json", "{\"Subject\":\"only a subject\"}".getBytes()).statusCode(400)
                .body("code", equalTo("ERR_ERRDEX_1406"));
    }
}
