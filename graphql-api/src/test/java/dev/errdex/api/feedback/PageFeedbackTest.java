package dev.errdex.api.feedback;

import com.fasterxml.jackson.databind.JsonNode;
import dev.errdex.api.GraphQLClient;
import dev.errdex.catalog.testing.PostgresTestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "Did this solve it?" form of the code pages: answers stored without an account, counted per code in GraphQL,
 * limited per client address, refused with errdex codes, and listed for editors with the readers' text escaped. Each
 * test answers from addresses of its own, forwarded by the test client as a trusted proxy, so budgets do not mix.
 */
@QuarkusTest
@TestProfile(PageFeedbackTest.SmallBudget.class)
@WithTestResource(value = PostgresTestDatabase.class, scope = TestResourceScope.GLOBAL)
class PageFeedbackTest {

    static final int BURST = 3;
    static final String EDITOR_KEY = "test-editor-key";
    static final String AGENT_KEY = "test-agent-key";
    static final String XSS = "<script>alert('owned')</script><img src=x onerror=alert(1)> & \"quotes\"";

    /** Three answers at once per address, then one a minute; the test client is a trusted proxy. */
    public static class SmallBudget implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "errdex.feedback.answers-burst", Integer.toString(BURST),
                    "errdex.feedback.answers-per-minute", "1",
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "quarkus.http.proxy.trusted-proxies", "127.0.0.1,0:0:0:0:0:0:0:1");
        }
    }

    static Response answer(String address, String code, String answer, String comment, String accept) {
        var spec = given().redirects().follow(false).header("X-Forwarded-For", address)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("answer", answer);
        if (comment != null) {
            spec = spec.formParam("comment", comment);
        }
        if (accept != null) {
            spec = spec.accept(accept);
        }
        return spec.when().post("/errors/" + code + "/feedback");
    }

    private static JsonNode counts(String a, String b) {
        JsonNode r = GraphQLClient.post("feedback/codeFeedback.graphql", Map.of("a", a, "b", b));
        assertThat(r.path("errors")).as("%s", r).isEmpty();
        return r.path("data");
    }

    private static JsonNode listed(String key, String code) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("code", code);
        return GraphQLClient.post("feedback/pageFeedback.graphql", vars, key);
    }

    @Test
    void anAnswerIsStoredThenThankedAndCountedPerCode() {
        JsonNode before = counts("ERR_NGROK_3200", "ERR_NGROK_6024");

        Response yes = answer("203.0.113.1", "err-ngrok-3200", "yes", "", "text/html");
        answer("203.0.113.1", "ERR_NGROK_3200", "no", "The steps did not mention the region.", "text/html");
        answer("203.0.113.1", "ERR_NGROK_3200", "no", null, "text/html");

        assertThat(yes.statusCode()).isEqualTo(303);
        assertThat(yes.header("Location")).endsWith("/errors/ERR_NGROK_3200/feedback?answer=yes");
        Document thanks = Jsoup.parse(given().when().get(yes.header("Location")).then().statusCode(200)
                .extract().asString());
        assertThat(thanks.select("h1").text()).isEqualTo("Thank you for your answer");
        assertThat(thanks.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(before.path("a").path("feedback").path("helpful").asInt()).isZero();
        JsonNode after = counts("ERR_NGROK_3200", "ERR_NGROK_6024");
        assertThat(after.path("a").path("feedback").path("helpful").asInt()).isEqualTo(1);
        assertThat(after.path("a").path("feedback").path("notHelpful").asInt()).isEqualTo(2);
        assertThat(after.path("a").path("feedback").path("helpfulRate").asDouble()).isCloseTo(1 / 3.0,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(after.path("b").path("feedback").path("helpful").asInt()).isZero();
        assertThat(after.path("b").path("feedback").path("notHelpful").asInt()).isZero();
        JsonNode stored = listed(EDITOR_KEY, "ERR_NGROK_3200").path("data").path("pageFeedback");
        assertThat(stored).hasSize(3);
        assertThat(stored.get(1).path("comment").asText()).isEqualTo("The steps did not mention the region.");
        assertThat(stored.get(0).path("comment").isNull()).as("an empty comment is no comment").isTrue();
    }

    @Test
    void answersPastTheBudgetOfOneAddressAreRefusedWith429AndItsCode() {
        for (int i = 0; i < BURST; i++) {
            assertThat(answer("203.0.113.2", "ERR_NGROK_334", "yes", null, null).statusCode()).isEqualTo(303);
        }

        Response refused = answer("203.0.113.2", "ERR_NGROK_334", "yes", null, null);
        Response page = answer("203.0.113.2", "ERR_NGROK_334", "no", null, "text/html,*/*;q=0.8");
        Response otherAddress = answer("203.0.113.3", "ERR_NGROK_334", "yes", null, null);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getString("code")).isEqualTo("ERR_ERRDEX_1353");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isPositive();
        assertThat(page.statusCode()).isEqualTo(429);
        assertThat(Jsoup.parse(page.asString()).select("[role=alert] code").text()).isEqualTo("ERR_ERRDEX_1353");
        assertThat(otherAddress.statusCode()).as("the budget is per address").isEqualTo(303);
        assertThat(counts("ERR_NGROK_334", "ERR_NGROK_6024").path("a").path("feedback").path("helpful").asInt())
                .isEqualTo(BURST + 1);
    }

    @Test
    void badAnswersAreRefusedWithTheirCodesAndNotStored() {
        Response maybe = answer("203.0.113.4", "ERR_NGROK_4013", "maybe", null, null);
        Response tooLong = answer("203.0.113.5", "ERR_NGROK_4013", "no", "x".repeat(1001), null);
        Response unknown = answer("203.0.113.6", "ERR_NGROK_8015", "yes", null, "text/html");

        assertThat(maybe.statusCode()).isEqualTo(400);
        assertThat(maybe.jsonPath().getString("code")).isEqualTo("ERR_ERRDEX_1351");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.jsonPath().getString("code")).isEqualTo("ERR_ERRDEX_1350");
        assertThat(tooLong.jsonPath().getString("detail")).contains("1001").contains("1000");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(unknown.asString()).select("[role=alert] code").text()).isEqualTo("ERR_ERRDEX_1352");
        assertThat(listed(EDITOR_KEY, "ERR_NGROK_4013").path("data").path("pageFeedback")).isEmpty();
    }

    @Test
    void aScriptInACommentIsEscapedOnTheEditorsListAndKeptAsTextInGraphQL() {
        assertThat(answer("203.0.113.7", "ERR_NGROK_108", "no", XSS, null).statusCode()).isEqualTo(303);

        String html = given().header("Authorization", "Bearer " + EDITOR_KEY)
                .when().get("/api/editor/feedback?code=err-ngrok-108").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/html")).extract().asString();
        Document list = Jsoup.parse(html);
        JsonNode graphql = listed(EDITOR_KEY, "ERR_NGROK_108");

        assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src=x")
                .contains("&lt;script&gt;alert(");
        assertThat(list.select("td.comment").text()).isEqualTo(XSS);
        assertThat(list.select("main script, main img")).isEmpty();
        assertThat(graphql.path("data").path("pageFeedback").get(0).path("comment").asText()).isEqualTo(XSS);
    }

    @Test
    void theAnswersAreListedForEditorsOnly() {
        JsonNode anonymous = listed(null, null);
        JsonNode agent = listed(AGENT_KEY, null);
        Response page = given().when().get("/api/editor/feedback");

        assertThat(anonymous.path("errors").get(0).path("extensions").path("code").asText())
                .isEqualTo("ERR_ERRDEX_1301");
        assertThat(agent.path("errors").get(0).path("extensions").path("code").asText()).isEqualTo("ERR_ERRDEX_1303");
        assertThat(page.statusCode()).isEqualTo(401);
        assertThat(page.jsonPath().getString("code")).isEqualTo("ERR_ERRDEX_1301");
        JsonNode tooMany = GraphQLClient.post("feedback/pageFeedback.graphql", Map.of("first", 201), EDITOR_KEY);
        assertThat(tooMany.path("errors").get(0).path("extensions").path("code").asText())
                .isEqualTo("ERR_ERRDEX_1354");
    }

    @Test
    void aCodePageHasASearchBoxACopyFieldAndTheFormWithoutInlineScript() {
        Document page = Jsoup.parse(given().when().get("/errors/ERR_NGROK_8012").then().statusCode(200)
                .extract().asString());

        assertThat(page.select("form[role=search][method=get][action=/errors/search] input[name=q]")).hasSize(1);
        assertThat(page.select("input#code-copy[readonly]").attr("value")).isEqualTo("ERR_NGROK_8012");
        assertThat(page.select("label[for=code-copy]")).hasSize(1);
        assertThat(page.select("form[method=post][action=/errors/ERR_NGROK_8012/feedback] button[name=answer]")
                .eachAttr("value")).containsExactly("yes", "no");
        assertThat(page.select("textarea[name=comment]").attr("maxlength")).isEqualTo("1000");
        assertThat(page.select("label[for=feedback-comment]")).hasSize(1);
        assertThat(page.select("script[src]").eachAttr("src")).containsExactly("/js/copy.js");
        assertThat(page.select("script:not([src]):not([type=application/ld+json])")).isEmpty();
        assertThat(page.select("script[src]").stream().allMatch(s -> s.data().isBlank())).isTrue();
        assertThat(page.select("[style]")).isEmpty();
        assertThat(given().when().get("/js/copy.js").then().statusCode(200).extract().asString())
                .contains("navigator.clipboard.writeText");
    }
}
