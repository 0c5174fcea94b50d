package dev.errdex.api.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errdex.api.GraphQLClient;
import dev.errdex.catalog.testing.PostgresTestDatabase;
import dev.errdex.catalog.testing.SharedData;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search quality through the GraphQL {@code search} field itself (issue targets: top1 >= 0.80, top3 >= 0.90 on the 60
 * labelled dev queries of {@code ../shared/datasets/search-queries-dev.jsonl}). The answers are written to
 * {@code target/eval/search-graphql-answers.jsonl}, one {@code {"codes": [...]}} line per query, for
 * {@code ../shared/tools/score-search.py}; the figures are computed here the same way (rank among the first 5 of the
 * right code or an accepted one).
 */
@QuarkusTest
@WithTestResource(value = PostgresTestDatabase.class, scope = TestResourceScope.GLOBAL)
class SearchQualityTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void devQueriesFindTheirCodeThroughGraphQLSearch() throws IOException {
        Path queries = SharedData.require("datasets/search-queries-dev.jsonl");
        List<String> answers = new ArrayList<>();
        int total = 0;
        int top1 = 0;
        int top3 = 0;
        for (String line : Files.readAllLines(queries)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode q = JSON.readTree(line);
            JsonNode response = GraphQLClient.post("search.graphql", Map.of("query", q.path("q").asText(), "first", 5));
            assertThat(response.has("errors")).as("%s", response).isFalse();
            List<String> codes = new ArrayList<>();
            response.path("data").path("search").forEach(hit -> codes.add(hit.path("code").asText()));
            answers.add(JSON.writeValueAsString(Map.of("codes", codes)));
            Set<String> right = new HashSet<>();
            right.add(q.path("code").asText());
            q.path("acceptable").forEach(a -> right.add(a.asText()));
            int rank = 0;
            for (int i = 0; i < codes.size() && rank == 0; i++) {
                if (right.contains(codes.get(i))) {
                    rank = i + 1;
                }
            }
            total++;
            top1 += rank == 1 ? 1 : 0;
            top3 += rank >= 1 && rank <= 3 ? 1 : 0;
        }
        Path out = Path.of("target", "eval", "search-graphql-answers.jsonl");
        Files.createDirectories(out.getParent());
        Files.write(out, answers);
        assertThat(total).isEqualTo(60);
        assertThat(top1 / (double) total).as("top1 over %d queries", total).isGreaterThanOrEqualTo(0.80);
        assertThat(top3 / (double) total).as("top3 over %d queries", total).isGreaterThanOrEqualTo(0.90);
    }
}
