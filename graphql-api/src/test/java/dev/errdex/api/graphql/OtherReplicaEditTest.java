package dev.errdex.api.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import dev.errdex.api.GraphQLClient;
import dev.errdex.catalog.cluster.CatalogRevisions;
import dev.errdex.catalog.cluster.DatabaseSessions;
import dev.errdex.catalog.service.CatalogChanged;
import dev.errdex.catalog.testing.PostgresTestDatabase;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An edit another replica commits to the shared database (played here by a session of its own that writes the
 * entry and stamps the change as every errdex process does) becomes searchable through this replica's GraphQL
 * search, with no call to this replica: the catalog follower (revision check every second; on PostgreSQL also
 * LISTEN) brings it into the index.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestDatabase.class, scope = TestResourceScope.GLOBAL)
class OtherReplicaEditTest {

    @Inject
    AgroalDataSource db;

    @Inject
    DatabaseSessions sessions;

    @Test
    void anEditCommittedByAnotherReplicaIsFoundBySearchHere() throws Exception {
        String word = "zentrofibulation";
        GraphQLClient.post("upsert.graphql", Map.of("input", Map.of("code", "ERR_REPLICATEST_1",
                "message", "The relay dropped the session.", "category", "other")), "test-editor-key");
        assertThat(hits(word)).isEmpty();

        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("UPDATE error_code SET title = ?, revision = revision + 1,"
                    + " updated_by = 'replica-b' WHERE code = 'ERR_REPLICATEST_1'")) {
                s.setString(1, "Relay dropped by the " + word + " guard");
                assertThat(s.executeUpdate()).isEqualTo(1);
            }
            CatalogRevisions.stamp(c, new CatalogChanged(Set.of("ERR_REPLICATEST_1"), "replica-b",
                    CatalogChanged.Reason.UPSERT), sessions.postgres());
            c.commit();
        }

        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        JsonNode found = hits(word);
        while (found.isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            found = hits(word);
        }
        assertThat(found.path(0).path("code").asText()).as("%s", found).isEqualTo("ERR_REPLICATEST_1");
        assertThat(found.path(0).path("title").asText()).contains(word);
    }

    private static JsonNode hits(String query) {
        return GraphQLClient.post("search.graphql", Map.of("query", query, "first", 3)).path("data").path("search");
    }
}
