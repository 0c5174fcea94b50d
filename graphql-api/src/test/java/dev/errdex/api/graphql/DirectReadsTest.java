package dev.errdex.api.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.errdex.api.graphql.cache.CachedResponses;
import dev.errdex.api.graphql.cache.ResponseCacheRoute;
import dev.errdex.catalog.testing.PostgresTestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The direct path of plain reads ({@link DirectReads}) answers what SmallRye answers: each request is sent once with
 * the direct path on and once with it off (both in this one application, the response cache emptied before each),
 * and the two answers must be JSON-equal with the same status, Content-Type and cache header.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestDatabase.class, scope = TestResourceScope.GLOBAL)
class DirectReadsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String ALL_FIELDS = """
            fragment All on ErrorCode {
              id code namespace number title message placeholders category categoryLabel severity status replacedBy
              docsUrl symptoms relatedCodes ownerComponent sourceLocation owner sourcesPinned revision createdAt
              updatedAt updatedBy edited
              fixGuide { summary causes steps markdown }
              sources { path line symbol url }
            }
            """;

    /** Plain reads: answered directly. */
    private static final List<Request> DIRECT = List.of(
            new Request("{ errorCode(code: \"err-ngrok-8012\") { code title message category status docsUrl } }"),
            new Request("query One($code: String!) { errorCode(code: $code) { ...All } }" + ALL_FIELDS,
                    Map.of("code", "ERR_NGROK_3200")),
            new Request("{ a: errorCode(code: \"8012\") { c: code t: title } b: errorCode(code: \"ngrok 3004\") {"
                    + " code n: number s: severity } }"),
            new Request("{ __typename errorCode(code: \"8012\") { __typename code fixGuide { __typename steps } } }"),
            new Request("{ errorCode(code: \"8012\") { replacedBy docsUrl owner ownerComponent sourceLocation } }"),
            new Request("{ errorCode(code: \"ERR_NGROK_99999\") { code title } }"),
            new Request("{ errorCode(code: \"not a code at all\") { code } }"),
            new Request("query($code: String!, $more: Boolean!) { errorCode(code: $code) { code"
                    + " title @include(if: $more) message @skip(if: $more) ... on ErrorCode { status } } }",
                    Map.of("code", "8012", "more", true)),
            new Request("query A { errorCode(code: \"8012\") { code } } query B { errorCode(code: \"3200\") { title"
                    + " relatedCodes } }", Map.of(), "B"),
            new Request("{ errorCode(code: \"8012\") { code related { code title related { code relatedCodes"
                    + " related { code } } } } }"),
            new Request("query($c: String!) { errorCode(code: $c) { code related { ...All } } }" + ALL_FIELDS,
                    Map.of("c", "ERR_NGROK_8012")));

    /** Reads that SmallRye must run: other fields, errors (validation, the cost limit), mutations. */
    private static final List<Request> SMALLRYE = List.of(
            new Request("{ errorCode(code: \"8012\") { code history { revision } } }"),
            new Request("{ errorCode(code: \"8012\") { code } categories { id } }"),
            new Request("{ errorCode { code } }"),
            new Request("{ errorCode(code: \"8012\") { code nope } }"),
            new Request("query($code: String!) { errorCode(code: $code) { code } }", Map.of("code", 12)),
            new Request("{ errorCode(code: \"8012\") { related { related { related { related { related {"
                    + " code } } } } } } }"),
            new Request("mutation { errorCodeDeprecate(input: {code: \"not a code\"}) { userErrors { code } } }"));

    @Inject
    DirectReads reads;

    @Inject
    CachedResponses cache;

    @AfterEach
    void directPathBackOn() {
        reads.enable(true);
    }

    record Request(String query, Map<String, ?> variables, String operationName) {
        Request(String query) {
            this(query, Map.of(), null);
        }

        Request(String query, Map<String, ?> variables) {
            this(query, variables, null);
        }

        String body() {
            ObjectNode body = JSON.createObjectNode();
            body.put("query", query);
            body.set("variables", JSON.valueToTree(variables));
            if (operationName != null) {
                body.put("operationName", operationName);
            }
            return body.toString();
        }
    }

    @Test
    void plainReadsAreAnsweredDirectlyWithSmallRyesJsonAndHeaders() throws IOException {
        for (Request request : DIRECT) {
            double before = reads.answered();
            Response direct = send(request, true, null);
            assertThat(reads.answered()).as("answered directly: %s", request.query()).isEqualTo(before + 1);
            Response smallRye = send(request, false, null);
            assertThat(reads.answered()).as("SmallRye's answer: %s", request.query()).isEqualTo(before + 1);
            assertSameAnswer(request, direct, smallRye);
            assertThat(JSON.readTree(direct.asString()).has("errors")).isFalse();
        }
    }

    @Test
    void everyOtherOperationGoesToSmallRyeUnchanged() throws IOException {
        for (Request request : SMALLRYE) {
            double before = reads.answered();
            Response on = send(request, true, "test-editor-key");
            Response off = send(request, false, "test-editor-key");
            assertThat(reads.answered()).as("not answered directly: %s", request.query()).isEqualTo(before);
            assertSameAnswer(request, on, off);
        }
    }

    @Test
    void acceptHeadersGiveSmallRyesContentTypes() throws IOException {
        Request request = DIRECT.get(0);
        for (String accept : new String[] {"application/json", "application/graphql+json", "*/*"}) {
            double before = reads.answered();
            Response direct = send(request, true, null, accept);
            Response smallRye = send(request, false, null, accept);
            assertThat(reads.answered()).as(accept).isEqualTo(before + 1);
            assertSameAnswer(request, direct, smallRye);
        }
    }

    @Test
    void aDirectAnswerIsCachedAndTheHitHasItsBytes() {
        cache.clear();
        String body = DIRECT.get(1).body();
        Response miss = given().contentType(ContentType.JSON).body(body).post("/graphql");
        Response hit = given().contentType(ContentType.JSON).body(body).post("/graphql");
        assertThat(miss.header(ResponseCacheRoute.HEADER)).isEqualTo("miss");
        assertThat(hit.header(ResponseCacheRoute.HEADER)).isEqualTo("hit");
        assertThat(hit.asByteArray()).isEqualTo(miss.asByteArray());
        assertThat(hit.contentType()).isEqualTo(miss.contentType());
    }

    private Response send(Request request, boolean direct, String key) {
        return send(request, direct, key, null);
    }

    private Response send(Request request, boolean direct, String key, String accept) {
        cache.clear(); // both answers are run, none comes from the cache
        reads.enable(direct);
        var spec = given().contentType(ContentType.JSON).body(request.body());
        if (key != null) {
            spec = spec.header("Authorization", "Bearer " + key);
        }
        if (accept != null) {
            spec = spec.accept(accept);
        }
        return spec.post("/graphql");
    }

    private static void assertSameAnswer(Request request, Response direct, Response smallRye) throws IOException {
        String what = request.query();
        assertThat(direct.statusCode()).as(what).isEqualTo(smallRye.statusCode());
        assertThat(JSON.readTree(direct.asString())).as(what).isEqualTo(JSON.readTree(smallRye.asString()));
        for (String header : List.of("Content-Type", ResponseCacheRoute.HEADER, "RateLimit-Limit")) {
            assertThat(direct.header(header)).as("%s of %s", header, what).isEqualTo(smallRye.header(header));
        }
        assertThat(direct.header("X-Request-Id")).as(what).isNotBlank();
        assertThat(smallRye.header("X-Request-Id")).as(what).isNotBlank();
        JsonNode data = JSON.readTree(direct.asString()).path("data");
        assertThat(data.isMissingNode() && JSON.readTree(direct.asString()).path("errors").isMissingNode())
                .as("an answer: %s", direct.asString()).isFalse();
    }
}
