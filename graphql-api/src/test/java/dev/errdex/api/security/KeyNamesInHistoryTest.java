package dev.errdex.api.security;

import com.fasterxml.jackson.databind.JsonNode;
import dev.errdex.api.GraphQLClient;
import dev.errdex.catalog.testing.PostgresTestDatabase;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@QuarkusTest
@WithTestResource(value = PostgresTestDatabase.class, scope = TestResourceScope.GLOBAL)
class KeyNamesInHistoryTest {

    /** SHA-256 of test-editor-key, as configured in the test profile. */
    private static final String EDITOR_HASH = "c775c8bb6fb82a3d621a65317d75f9336adfb3d7f86b39d3af67dd176e8a5889";

    @Inject
    ApiKeyStore store;

    @Inject
    KeyNamesInHistory history;

    @Inject
    AgroalDataSource db;

    @Test
    void aNamedKeysEditsShowItsNameInUpdatedByAndHistoryAndNoPartOfItsHash() {
        ApiKeyStore.CreatedKey key = store.create(ApiKeys.Role.EDITOR, "support-bot");
        JsonNode created = GraphQLClient.post("upsert.graphql", Map.of("input", Map.of("code", "ERR_KEYNAME_1",
                "message", "The named key wrote this.", "category", "other")), key.key());
        assertThat(created.path("data").path("upsertErrorCode").path("updatedBy").asText())
                .isEqualTo("key:support-bot");
        JsonNode entries = GraphQLClient.post("history.graphql", Map.of("code", "ERR_KEYNAME_1"))
                .path("data").path("errorCode").path("history");
        assertThat(entries).singleElement().satisfies(h -> assertThat(h.path("by").asText())
                .isEqualTo("key:support-bot"));
        assertThat(created.toString() + entries).doesNotContain(ApiKeys.sha256Hex(key.key()).substring(0, 8));
    }

    @Test
    void aConfiguredKeyWithoutANameIsNamedAfterItsRoleAndPosition() {
        JsonNode created = GraphQLClient.post("upsert.graphql", Map.of("input", Map.of("code", "ERR_KEYNAME_2",
                "message", "The configured key wrote this.", "category", "other")), "test-editor-key");
        assertThat(created.path("data").path("upsertErrorCode").path("updatedBy").asText())
                .isEqualTo("key:configured-editor-2");
    }

    @Test
    void oldHistoryRowsThatShowPartOfAHashAreRewrittenToTheNameOrANeutralName() throws Exception {
        GraphQLClient.post("upsert.graphql", Map.of("input", Map.of("code", "ERR_KEYNAME_3",
                "message", "Written before keys had names.", "category", "other")), "test-editor-key");
        GraphQLClient.post("upsert.graphql", Map.of("input", Map.of("code", "ERR_KEYNAME_4",
                "message", "Written by a key errdex no longer knows.", "category", "other")), "test-editor-key");
        setActor("ERR_KEYNAME_3", "key:" + EDITOR_HASH.substring(0, 12));
        setActor("ERR_KEYNAME_4", "key:0123456789ab");

        assertThat(history.rewrite()).isGreaterThanOrEqualTo(4);

        assertThat(actors("ERR_KEYNAME_3")).containsOnly("key:configured-editor-2");
        assertThat(actors("ERR_KEYNAME_4")).containsOnly(KeyNamesInHistory.FORMER_KEY);
        assertThat(history.rewrite()).isZero();
    }

    @Test
    void aKeyNameMustFollowTheRuleAndBeUnique() {
        store.create(ApiKeys.Role.READER, "unique-name");
        assertThatThrownBy(() -> store.create(ApiKeys.Role.READER, "unique-name"))
                .hasMessageStartingWith("ERR_ERRDEX_1306");
        assertThatThrownBy(() -> store.create(ApiKeys.Role.READER, "has space"))
                .hasMessageStartingWith("ERR_ERRDEX_1305");
        assertThatThrownBy(() -> store.create(ApiKeys.Role.READER, "configured-admin-1"))
                .hasMessageStartingWith("ERR_ERRDEX_1305");
    }

    private void setActor(String code, String actor) throws Exception {
        try (Connection c = db.getConnection()) {
            for (String sql : new String[] {"update error_code set updated_by = ? where code = ?",
                    "update error_code_history set changed_by = ? where code = ?"}) {
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    s.setString(1, actor);
                    s.setString(2, code);
                    assertThat(s.executeUpdate()).isPositive();
                }
            }
        }
    }

    private java.util.List<String> actors(String code) throws Exception {
        java.util.List<String> actors = new java.util.ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "select updated_by from error_code where code = ? union all "
                        + "select changed_by from error_code_history where code = ?")) {
            s.setString(1, code);
            s.setString(2, code);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    actors.add(r.getString(1));
                }
            }
        }
        return actors;
    }
}
