package dev.errdex.api.feedback;

import com.fasterxml.jackson.databind.JsonNode;
import dev.errdex.api.GraphQLClient;
import dev.errdex.catalog.testing.PostgresTestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Searches that found nothing sure are counted per normalised text, without personal data, and listed for editors by
 * frequency with errdex's best guesses ({@code searchGaps}).
 */
@QuarkusTest
@WithTestResource(value = PostgresTestDatabase.class, scope = TestResourceScope.GLOBAL)
class SearchGapsTest {

    private static final String EDITOR_KEY = "test-editor-key";

    @Inject
    EntityManager em;

    private static void searchPage(String q) {
        given().redirects().follow(false).queryParam("q", q).when().get("/errors/search").then().statusCode(200);
    }

    private static JsonNode gaps(String key, Integer first) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("since", Instant.now().minus(1, ChronoUnit.DAYS).toString());
        vars.put("first", first);
        return GraphQLClient.post("feedback/searchGaps.graphql", vars, key);
    }

    private static JsonNode gap(JsonNode list, String query) {
        for (JsonNode g : list) {
            if (g.path("query").asText().equals(query)) {
                return g;
            }
        }
        return null;
    }

    @Test
    void aNonsenseQueryIsListedWithItsCountFromThePageAndGraphQL() {
        searchPage("zorblax quindle frumpet");
        searchPage("  Zorblax   QUINDLE frumpet ");
        JsonNode graphql = GraphQLClient.post("feedback/search.graphql", Map.of("query", "zorblax quindle Frumpet"));
        assertThat(graphql.path("errors")).isEmpty();

        JsonNode list = gaps(EDITOR_KEY, 500).path("data").path("searchGaps");

        JsonNode nonsense = gap(list, "zorblax quindle frumpet");
        assertThat(nonsense).as("%s", list).isNotNull();
        assertThat(nonsense.path("searches").asInt()).isEqualTo(3);
        assertThat(nonsense.path("lastSeen").asText()).isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
        List<Integer> counts = new ArrayList<>();
        list.forEach(g -> counts.add(g.path("searches").asInt()));
        assertThat(counts).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
    }

    @Test
    void aWeakSearchIsListedWithItsBestGuessesAndASureOneIsNot() {
        searchPage("purple elephant dance");
        searchPage("failed to establish a connection to the upstream web service");

        JsonNode list = gaps(EDITOR_KEY, 500).path("data").path("searchGaps");

        JsonNode weak = gap(list, "purple elephant dance");
        assertThat(weak).as("%s", list).isNotNull();
        assertThat(weak.path("bestGuesses")).isNotEmpty();
        assertThat(weak.path("bestGuesses").get(0).asText()).startsWith("ERR_");
        assertThat(gap(list, "failed to establish a connection to the upstream web service")).isNull();
    }

    @Test
    void addressesAndTokensInAQueryAreNotKept() {
        searchPage("glorp ana.lima@customer.test 203.0.113.9 token 2Ye1Wd8RkP0mQzXv3cN7aTbLs5u");

        JsonNode list = gaps(EDITOR_KEY, 500).path("data").path("searchGaps");

        assertThat(gap(list, "glorp <email> <ip> token <token>")).as("%s", list).isNotNull();
        assertThat(list.toString()).doesNotContain("ana.lima").doesNotContain("203.0.113.9")
                .doesNotContain("2Ye1Wd8");
    }

    @Test
    void gapsAreWrittenByTheBackgroundWriterWithoutAListing() throws Exception {
        searchPage("snarfblat wozzle");
        // a search more than write-seconds (10 s) after the last write hands the counts to the background writer
        Thread.sleep(10_500);
        searchPage("snarfblat wozzle");

        Number stored = null;
        for (int i = 0; i < 100 && (stored == null || stored.intValue() < 2); i++) {
            Thread.sleep(100);
            stored = storedSearches("snarfblat wozzle");
        }
        assertThat(stored).as("written without a listing").isNotNull();
        assertThat(stored.intValue()).isEqualTo(2);
    }

    /** The searches of a text written to the table so far, or null when none is. */
    private Number storedSearches(String query) {
        return QuarkusTransaction.requiringNew().call(() -> (Number) em.createNativeQuery(
                "select sum(searches) from search_gap where query_text = ?1").setParameter(1, query)
                .getSingleResult());
    }

    @Test
    void searchGapsAreForEditorsOnlyAndBounded() {
        JsonNode anonymous = gaps(null, null);
        JsonNode tooMany = gaps(EDITOR_KEY, 501);

        assertThat(anonymous.path("errors").get(0).path("extensions").path("code").asText())
                .isEqualTo("ERR_ERRDEX_1301");
        assertThat(tooMany.path("errors").get(0).path("extensions").path("code").asText())
                .isEqualTo("ERR_ERRDEX_1354");
    }
}
