package dev.errdex.api.ticket;

import dev.errdex.catalog.testing.PostgresTestDatabase;
import dev.errdex.triage.ticket.TicketFilter;
import dev.errdex.triage.ticket.TicketService;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
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

    /** Just over the one body limit, errdex.webhook.max-bytes (10 MiB by default). */
    private static byte[] overTheLimit() {
        String head = new String(email("hook-big"));
        return (head + "x".repeat(10 * 1024 * 1024 + 1 - head.length())).getBytes();
    }

    @Test
    void anUploadAnnouncedOverTheLimitIsRefusedWith413AndAProblemDocument() {
        long before = ticketCount();

        post(SECRET, "message/rfc822", overTheLimit()).statusCode(413)
                .contentType("application/problem+json").body("code", equalTo("ERR_ERRDEX_1404"));
        assertThat(ticketCount()).isEqualTo(before);
    }

    @Test
    void aChunkedUploadOverTheLimitIsRefusedWith413AndAProblemDocument() throws Exception {
        // no Content-Length: the size is only known while reading, where the webhook refuses itself
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + RestAssured.port + "/triage/inbound"))
                .header("Authorization", SECRET).header("Content-Type", "message/rfc822")
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofByteArray(overTheLimit())))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(r.body()).contains("\"code\":\"ERR_ERRDEX_1404\"");
    }

    @Test
    void postmarkBodiesThatAreNotPostmarkShapedOrNotAnEmailAreRefusedWithACodeAndNoTicket() {
        long before = ticketCount();

        post(SECRET, "application/json", "{\"RawEmail\": 12345}".getBytes()).statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("ERR_ERRDEX_1406"))
                .body("detail", containsString("RawEmail is not a string"));
        post(SECRET, "application/json", "{\"RawEmail\": \"12345\"}".getBytes()).statusCode(400)
                .body("code", equalTo("ERR_ERRDEX_1406")).body("detail", containsString("RawEmail is not an email"));
        post(SECRET, "application/json", "{\"From\": \"a@b.example\", \"TextBody\": \"hi\", \"ToFull\": 3}"
                .getBytes()).statusCode(400).body("code", equalTo("ERR_ERRDEX_1406"))
                .body("detail", containsString("ToFull is not an array"));
        post(SECRET, "application/json", ("{\"From\": \"a@b.example\", \"TextBody\": \"hi\", \"Attachments\":"
                + " [{\"Name\": \"a.txt\", \"Content\": \"QQ=Q\"}]}").getBytes()).statusCode(400)
                .body("code", equalTo("ERR_ERRDEX_1406")).body("detail", containsString("not base64"));
        post(SECRET, "message/rfc822", "12345".getBytes()).statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("ERR_ERRDEX_1401"));
        assertThat(ticketCount()).isEqualTo(before);
    }

    @Test
    void brokenJsonIsRefusedWithItsPositionAndWithoutTheParsersOwnText() {
        post(SECRET, "application/json", "{\"From\": \"a@b.example\",\n  nope}".getBytes()).statusCode(400)
                .body("code", equalTo("ERR_ERRDEX_1406"))
                .body("detail", containsString("not valid JSON (line 2, column"))
                .body("detail", not(containsString("Unexpected character")))
                .body("detail", not(containsString("Source")))
                .body("detail", not(containsString("jackson")));
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
