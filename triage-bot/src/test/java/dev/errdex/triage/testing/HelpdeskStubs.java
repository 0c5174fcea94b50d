package dev.errdex.triage.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * Local stubs of Zendesk, Freshdesk, Zammad and Help Scout on one WireMock server (real HTTP on a free loopback
 * port). Each stub answers only a request with the vendor's method, path, authentication and body fields of the
 * types its API reference gives; anything else gets WireMock's 404, which a connector treats as a refusal. The
 * request journal is what tests assert on.
 */
public final class HelpdeskStubs implements AutoCloseable {

    public static final String ZENDESK_EMAIL = "agent@example.com";
    public static final String ZENDESK_TOKEN = "zd-token-7f3";
    public static final String FRESHDESK_API_KEY = "fd-key-91c";
    public static final String ZAMMAD_TOKEN = "zm-token-2b8";
    public static final String HELPSCOUT_APP_ID = "hs-app-id";
    public static final String HELPSCOUT_APP_SECRET = "hs-app-secret";
    public static final String HELPSCOUT_ACCESS_TOKEN = "hs-access-1";
    /** The tag the Help Scout stub's conversations already carry. */
    public static final String HELPSCOUT_EXISTING_TAG = "billing";
    /** Tags the Freshdesk stub's tickets already carry. */
    public static final String FRESHDESK_EXISTING_TAG = "vip";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WireMockServer server;

    public HelpdeskStubs() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        stubAll();
    }

    /** The base URL every helpdesk is configured with. */
    public String url() {
        return "http://127.0.0.1:" + server.port();
    }

    public WireMockServer server() {
        return server;
    }

    /** Forgets the journal and extra stubs; the vendor stubs are set up again. */
    public void reset() {
        server.resetAll();
        stubAll();
    }

    /** The requests of a method whose path matches the regular expression, oldest first. */
    public List<LoggedRequest> requests(String method, String pathRegex) {
        return server.findAll(anyRequestedFor(urlPathMatching(pathRegex))).stream()
                .filter(r -> r.getMethod().equals(RequestMethod.fromString(method)))
                .sorted(java.util.Comparator.comparing(LoggedRequest::getLoggedDate))
                .toList();
    }

    /** A request's body as JSON. */
    public static JsonNode body(LoggedRequest request) {
        try {
            return JSON.readTree(request.getBodyAsString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    private void stubAll() {
        // Zendesk Support: PUT /api/v2/tickets/{id}, API token as Basic {email}/token:{token}
        server.stubFor(put(urlPathMatching("/api/v2/tickets/[0-9]+"))
                .withHeader("Authorization", equalTo(basic(ZENDESK_EMAIL + "/token", ZENDESK_TOKEN)))
                .withHeader("Content-Type", containing("application/json"))
                .withRequestBody(matchingJsonPath("$.ticket.comment.html_body"))
                .withRequestBody(matchingJsonPath("$.ticket.comment[?(@.public == false)]"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"ticket\":{\"id\":1}}")));
        // Freshdesk: GET / PUT /api/v2/tickets/{id}, POST /api/v2/tickets/{id}/notes, Basic apikey:X
        String freshdesk = basic(FRESHDESK_API_KEY, "X");
        server.stubFor(get(urlPathMatching("/api/v2/tickets/[0-9]+"))
                .withHeader("Authorization", equalTo(freshdesk))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":1,\"tags\":[\"" + FRESHDESK_EXISTING_TAG + "\"]}")));
        server.stubFor(put(urlPathMatching("/api/v2/tickets/[0-9]+"))
                .withHeader("Authorization", equalTo(freshdesk))
                .withHeader("Content-Type", containing("application/json"))
                .withRequestBody(matchingJsonPath("$.tags[0]"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":1}")));
        server.stubFor(post(urlPathMatching("/api/v2/tickets/[0-9]+/notes"))
                .withHeader("Authorization", equalTo(freshdesk))
                .withHeader("Content-Type", containing("application/json"))
                .withRequestBody(matchingJsonPath("$.body"))
                .withRequestBody(matchingJsonPath("$[?(@.private == true)]"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":7,\"private\":true}")));
        // Zammad: POST /api/v1/tags/add, POST /api/v1/ticket_articles, Authorization: Token token=...
        String zammad = "Token token=" + ZAMMAD_TOKEN;
        server.stubFor(post(urlPathEqualTo("/api/v1/tags/add"))
                .withHeader("Authorization", equalTo(zammad))
                .withRequestBody(matchingJsonPath("$.item"))
                .withRequestBody(matchingJsonPath("$[?(@.object == 'Ticket')]"))
                .withRequestBody(matchingJsonPath("$.o_id"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("true")));
        server.stubFor(post(urlPathEqualTo("/api/v1/ticket_articles"))
                .withHeader("Authorization", equalTo(zammad))
                .withRequestBody(matchingJsonPath("$.ticket_id"))
                .withRequestBody(matchingJsonPath("$.body"))
                .withRequestBody(matchingJsonPath("$[?(@.content_type == 'text/html')]"))
                .withRequestBody(matchingJsonPath("$[?(@.type == 'note')]"))
                .withRequestBody(matchingJsonPath("$[?(@.internal == true)]"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":55,\"internal\":true}")));
        // Help Scout: OAuth2 client credentials, then POST /v2/conversations/{id}/notes with a Bearer token
        server.stubFor(post(urlPathEqualTo("/v2/oauth2/token"))
                .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
                .withRequestBody(containing("grant_type=client_credentials"))
                .withRequestBody(containing("client_id=" + HELPSCOUT_APP_ID))
                .withRequestBody(containing("client_secret=" + HELPSCOUT_APP_SECRET))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"token_type\":\"bearer\",\"access_token\":\"" + HELPSCOUT_ACCESS_TOKEN
                                + "\",\"expires_in\":7200}")));
        String bearer = "Bearer " + HELPSCOUT_ACCESS_TOKEN;
        server.stubFor(get(urlPathMatching("/v2/conversations/[0-9]+"))
                .withHeader("Authorization", equalTo(bearer))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/hal+json")
                        .withBody("{\"id\":1,\"subject\":\"s\",\"tags\":[{\"id\":3,\"color\":\"#929499\",\"tag\":\""
                                + HELPSCOUT_EXISTING_TAG + "\"}]}")));
        server.stubFor(put(urlPathMatching("/v2/conversations/[0-9]+/tags"))
                .withHeader("Authorization", equalTo(bearer))
                .withHeader("Content-Type", containing("application/json"))
                .withRequestBody(matchingJsonPath("$.tags[0]"))
                .willReturn(aResponse().withStatus(204)));
        server.stubFor(post(urlPathMatching("/v2/conversations/[0-9]+/notes"))
                .withHeader("Authorization", equalTo("Bearer " + HELPSCOUT_ACCESS_TOKEN))
                .withHeader("Content-Type", containing("application/json"))
                .withRequestBody(matchingJsonPath("$.text"))
                .willReturn(aResponse().withStatus(201).withHeader("Resource-ID", "9001")));
        server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.any(anyUrl()).atPriority(10)
                .willReturn(aResponse().withStatus(404).withBody("{\"error\":\"no such endpoint in the stub\"}")));
    }

    @Override
    public void close() {
        server.stop();
    }
}
