package dev.errdex.triage.outbound.helpdesk;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.errdex.triage.outbound.DeliveryOutcome;
import dev.errdex.triage.testing.HelpdeskStubs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** Each connector against its helpdesk's local stub, over real HTTP. */
class HelpdeskConnectorTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static HelpdeskStubs stubs;

    @BeforeAll
    static void start() {
        stubs = new HelpdeskStubs();
    }

    @AfterAll
    static void stop() {
        stubs.close();
    }

    @BeforeEach
    void reset() {
        stubs.reset();
    }

    private static URI url() {
        return URI.create(stubs.url());
    }

    private static String note(HelpdeskSystem system, String id) {
        String md = "**errdex** (ticket `7`)\n\n## ERR_NGROK_8012\n\nConfidence **0.93**.\n";
        return new HelpdeskNote(system, id, "7", md, NoteText.html(md), List.of("errdex_err_ngrok_8012")).json();
    }

    @Test
    void zendeskGetsOnePrivateHtmlCommentWithErrdexsTagsAddedByTicketUpdate() {
        ZendeskConnector zendesk = new ZendeskConnector(url(), HelpdeskStubs.ZENDESK_EMAIL,
                HelpdeskStubs.ZENDESK_TOKEN, TIMEOUT, TIMEOUT);

        DeliveryOutcome outcome = zendesk.deliver(note(HelpdeskSystem.ZENDESK, "4711"), "k1");

        assertThat(outcome.kind()).as(outcome.detail()).isEqualTo(DeliveryOutcome.Kind.DELIVERED);
        List<LoggedRequest> calls = stubs.requests("PUT", "/api/v2/tickets/4711");
        assertThat(calls).hasSize(1);
        JsonNode ticket = HelpdeskStubs.body(calls.get(0)).path("ticket");
        assertThat(ticket.path("comment").path("public").isBoolean()).isTrue();
        assertThat(ticket.path("comment").path("public").booleanValue()).isFalse();
        assertThat(ticket.path("comment").path("html_body").isTextual()).isTrue();
        assertThat(ticket.path("comment").path("html_body").asText()).containsPattern("<h[2-6]>ERR_NGROK_8012</h[2-6]>");
        assertThat(ticket.path("additional_tags").isArray()).isTrue();
        assertThat(ticket.path("additional_tags").get(0).asText()).isEqualTo("errdex_err_ngrok_8012");
        assertThat(ticket.has("tags")).as("tags would replace the ticket's own").isFalse();
    }

    @Test
    void freshdeskKeepsTheTicketsOwnTagsAddsErrdexsAndThenWritesAPrivateNote() {
        FreshdeskConnector freshdesk = new FreshdeskConnector(url(), HelpdeskStubs.FRESHDESK_API_KEY, TIMEOUT,
                TIMEOUT);

        DeliveryOutcome outcome = freshdesk.deliver(note(HelpdeskSystem.FRESHDESK, "31"), "k1");

        assertThat(outcome.kind()).as(outcome.detail()).isEqualTo(DeliveryOutcome.Kind.DELIVERED);
        JsonNode tags = HelpdeskStubs.body(stubs.requests("PUT", "/api/v2/tickets/31").get(0)).path("tags");
        assertThat(tags.isArray()).isTrue();
        assertThat(tags).extracting(JsonNode::asText)
                .containsExactly(HelpdeskStubs.FRESHDESK_EXISTING_TAG, "errdex_err_ngrok_8012");
        List<LoggedRequest> notes = stubs.requests("POST", "/api/v2/tickets/31/notes");
        assertThat(notes).hasSize(1);
        JsonNode body = HelpdeskStubs.body(notes.get(0));
        assertThat(body.path("private").isBoolean()).isTrue();
        assertThat(body.path("private").booleanValue()).isTrue();
        assertThat(body.path("body").isTextual()).isTrue();
        assertThat(notes.get(0).getLoggedDate())
                .isAfterOrEqualTo(stubs.requests("PUT", "/api/v2/tickets/31").get(0).getLoggedDate());
    }

    @Test
    void zammadTagsTheTicketAndAddsAnInternalHtmlNoteArticle() {
        ZammadConnector zammad = new ZammadConnector(url(), HelpdeskStubs.ZAMMAD_TOKEN, TIMEOUT, TIMEOUT);

        DeliveryOutcome outcome = zammad.deliver(note(HelpdeskSystem.ZAMMAD, "88"), "k1");

        assertThat(outcome.kind()).as(outcome.detail()).isEqualTo(DeliveryOutcome.Kind.DELIVERED);
        JsonNode tag = HelpdeskStubs.body(stubs.requests("POST", "/api/v1/tags/add").get(0));
        assertThat(tag.path("item").asText()).isEqualTo("errdex_err_ngrok_8012");
        assertThat(tag.path("object").asText()).isEqualTo("Ticket");
        assertThat(tag.path("o_id").isIntegralNumber()).isTrue();
        assertThat(tag.path("o_id").longValue()).isEqualTo(88);
        List<LoggedRequest> articles = stubs.requests("POST", "/api/v1/ticket_articles");
        assertThat(articles).hasSize(1);
        JsonNode article = HelpdeskStubs.body(articles.get(0));
        assertThat(article.path("ticket_id").isIntegralNumber()).isTrue();
        assertThat(article.path("ticket_id").longValue()).isEqualTo(88);
        assertThat(article.path("internal").isBoolean()).isTrue();
        assertThat(article.path("internal").booleanValue()).isTrue();
        assertThat(article.path("type").asText()).isEqualTo("note");
        assertThat(article.path("content_type").asText()).isEqualTo("text/html");
        assertThat(article.path("body").asText()).contains("ERR_NGROK_8012");
    }

    @Test
    void helpScoutKeepsTheConversationsTagsAddsErrdexsAndWritesTheNote() {
        HelpScoutConnector helpScout = new HelpScoutConnector(url(), HelpdeskStubs.HELPSCOUT_APP_ID,
                HelpdeskStubs.HELPSCOUT_APP_SECRET, Duration.ofMinutes(5), TIMEOUT, TIMEOUT, Clock.systemUTC());

        DeliveryOutcome outcome = helpScout.deliver(note(HelpdeskSystem.HELPSCOUT, "77"), "k1");

        assertThat(outcome.kind()).as(outcome.detail()).isEqualTo(DeliveryOutcome.Kind.DELIVERED);
        JsonNode tags = HelpdeskStubs.body(stubs.requests("PUT", "/v2/conversations/77/tags").get(0)).path("tags");
        assertThat(tags).extracting(JsonNode::asText)
                .containsExactly(HelpdeskStubs.HELPSCOUT_EXISTING_TAG, "errdex_err_ngrok_8012");
        assertThat(stubs.requests("POST", "/v2/conversations/77/notes")).hasSize(1);
    }

    @Test
    void helpScoutFetchesOneClientCredentialsTokenAndReusesItUntilShortlyBeforeItExpires() {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-07T10:00:00Z"));
        HelpScoutConnector helpScout = new HelpScoutConnector(url(), HelpdeskStubs.HELPSCOUT_APP_ID,
                HelpdeskStubs.HELPSCOUT_APP_SECRET, Duration.ofMinutes(5), TIMEOUT, TIMEOUT, clock);

        assertThat(helpScout.deliver(note(HelpdeskSystem.HELPSCOUT, "900"), "k1").kind())
                .isEqualTo(DeliveryOutcome.Kind.DELIVERED);
        clock.now = clock.now.plus(Duration.ofMinutes(100));
        assertThat(helpScout.deliver(note(HelpdeskSystem.HELPSCOUT, "901"), "k2").kind())
                .isEqualTo(DeliveryOutcome.Kind.DELIVERED);
        assertThat(stubs.requests("POST", "/v2/oauth2/token")).as("the token lives 120 min").hasSize(1);
        clock.now = clock.now.plus(Duration.ofMinutes(16));
        assertThat(helpScout.deliver(note(HelpdeskSystem.HELPSCOUT, "902"), "k3").kind())
                .isEqualTo(DeliveryOutcome.Kind.DELIVERED);
        assertThat(stubs.requests("POST", "/v2/oauth2/token")).as("renewed 5 min before expiry").hasSize(2);
        JsonNode text = HelpdeskStubs.body(stubs.requests("POST", "/v2/conversations/900/notes").get(0)).path("text");
        assertThat(text.isTextual()).isTrue();
        assertThat(text.asText()).contains("ERR_NGROK_8012");
    }

    @Test
    void tooManyRequestsIsRetriedNoSoonerThanTheHelpdesksRetryAfter() {
        stubs.server().stubFor(put(urlPathEqualTo("/api/v2/tickets/5")).atPriority(1)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2")));
        ZendeskConnector zendesk = new ZendeskConnector(url(), HelpdeskStubs.ZENDESK_EMAIL,
                HelpdeskStubs.ZENDESK_TOKEN, TIMEOUT, TIMEOUT);

        DeliveryOutcome outcome = zendesk.deliver(note(HelpdeskSystem.ZENDESK, "5"), "k1");

        assertThat(outcome.kind()).isEqualTo(DeliveryOutcome.Kind.RETRY);
        assertThat(outcome.retryAfter()).isEqualTo(Duration.ofSeconds(2));
        assertThat(outcome.detail()).startsWith("ERR_ERRDEX_1267");
    }

    @Test
    void aRefusalIsFinalAndItsDetailNeverCarriesTheCredentials() {
        ZendeskConnector wrongToken = new ZendeskConnector(url(), HelpdeskStubs.ZENDESK_EMAIL, "not-the-token",
                TIMEOUT, TIMEOUT);

        DeliveryOutcome outcome = wrongToken.deliver(note(HelpdeskSystem.ZENDESK, "6"), "k1");

        assertThat(outcome.kind()).isEqualTo(DeliveryOutcome.Kind.REFUSED);
        assertThat(outcome.detail()).startsWith("ERR_ERRDEX_1266").contains("HTTP 404")
                .doesNotContain("not-the-token").doesNotContain(HelpdeskStubs.ZENDESK_EMAIL + "/token");
    }

    @Test
    void aTicketIdFromAPayloadCannotLeaveTheConfiguredBaseUrlsPath() {
        HelpdeskHttp http = new HelpdeskHttp("Zendesk", "zendesk", URI.create(stubs.url() + "/base/"), TIMEOUT,
                TIMEOUT);

        URI uri = http.resolve("/api/v2/tickets/" + HelpdeskHttp.segment("../../@evil.example/x?y#z"));

        assertThat(uri.getHost()).isEqualTo("127.0.0.1");
        assertThat(uri.getRawPath()).startsWith("/base/api/v2/tickets/").doesNotContain("/../");
        assertThat(uri.getRawQuery()).isNull();
    }

    @Test
    void retryAfterIsReadAsSecondsOrAsAnHttpDate() {
        assertThat(HelpdeskHttp.retryAfter("2")).isEqualTo(Duration.ofSeconds(2));
        assertThat(HelpdeskHttp.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).isEqualTo(Duration.ZERO);
        assertThat(HelpdeskHttp.retryAfter("soon")).isNull();
    }

    /** A clock the test moves. */
    static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
