package dev.errdex.api.upgrade;

import com.fasterxml.jackson.databind.JsonNode;
import dev.errdex.api.GraphQLClient;
import dev.errdex.triage.inbound.imap.MailboxCheckpoint;
import dev.errdex.triage.inbound.imap.MailboxCheckpointStore;
import dev.errdex.triage.outbound.DeadLetter;
import dev.errdex.triage.outbound.Outbox;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The service starts on a database written by the current release (commit fd5f73c, before the modules were split;
 * dumps and how they were made in {@code src/test/resources/release-0/}) with no manual step and no clean: Flyway
 * validates the release's history against the scripts in their new module locations, and everything the release
 * stored stays readable. A migration renamed or changed since the release fails this test at start-up (checksum or
 * description mismatch).
 */
@QuarkusTest
@TestProfile(ReleaseDatabaseUpgradeTest.FromRelease.class)
class ReleaseDatabaseUpgradeTest {

    /** The release database in place of the test database, kept as it is (no clean at start). */
    public static class FromRelease implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.flyway.clean-at-start", "false");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ReleaseDatabase.class));
        }
    }

    /** The Flyway history the release wrote: version → checksum, in order. */
    private static final Map<String, Integer> RELEASE_HISTORY = new LinkedHashMap<>();

    static {
        RELEASE_HISTORY.put("1", 1088317436);
        RELEASE_HISTORY.put("100", 1449243363);
        RELEASE_HISTORY.put("101", -1498572512);
        RELEASE_HISTORY.put("200", 1178773896);
        RELEASE_HISTORY.put("300", -501686815);
        RELEASE_HISTORY.put("400", 1570803969);
        RELEASE_HISTORY.put("500", -858112300);
    }

    /** The agent key the release created with {@code keys create --role agent} (only its hash is in the dump). */
    private static String releaseAgentKey() {
        return ReleaseDatabase.postgresql()
                ? "errdex_MqdiTC99hpldVhgJYqbxNghuLlovwvX893SeaG3CHok"
                : "errdex_iRSIK8xu814On5cObxEDayIB_uZtNeb2YFBFSpLdFSo";
    }

    @Inject
    AgroalDataSource db;

    @Inject
    Outbox outbox;

    @Inject
    MailboxCheckpointStore checkpoints;

    @Test
    void theReleaseHistoryValidatesAndOnlyNewerMigrationsAreApplied() throws SQLException {
        Map<String, Integer> checksums = new LinkedHashMap<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT \"version\", \"checksum\", \"success\""
                     + " FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            while (rs.next()) {
                assertThat(rs.getBoolean("success")).as("migration %s succeeded", rs.getString("version")).isTrue();
                checksums.put(rs.getString("version"), rs.getInt("checksum"));
            }
        }
        assertThat(checksums).containsAllEntriesOf(RELEASE_HISTORY);
        assertThat(checksums.keySet()).filteredOn(v -> !RELEASE_HISTORY.containsKey(v))
                .allSatisfy(v -> assertThat(Integer.parseInt(v)).as("migration %s, added after the release", v)
                        .isGreaterThan(500));
    }

    @Test
    void theReleaseTicketsWithTheirReviewsAreReadableWithTheReleaseApiKey() {
        JsonNode confirmed = ticket("1");
        assertThat(confirmed.path("state").asText()).isEqualTo("CONFIRMED");
        assertThat(confirmed.path("subject").asText()).isEqualTo("Tunnel shows ERR_NGROK_3200");
        assertThat(confirmed.path("messages").get(0).path("text").asText()).contains("endpoint is offline");
        assertThat(confirmed.path("annotations").get(0).path("code").asText()).isEqualTo("ERR_NGROK_3200");
        assertThat(confirmed.path("annotations").get(0).path("review").asText()).isEqualTo("CONFIRMED");
        assertThat(confirmed.path("feedback").get(0).path("action").asText()).isEqualTo("CONFIRM");

        JsonNode corrected = ticket("3");
        assertThat(corrected.path("state").asText()).isEqualTo("CORRECTED");
        assertThat(corrected.path("annotations").findValuesAsText("replacedBy")).contains("ERR_NGROK_3004");
    }

    @Test
    void theReleaseCatalogIsServed() {
        JsonNode entry = GraphQLClient.post("errorCode.graphql", Map.of("code", "ERR_NGROK_4018"))
                .path("data").path("errorCode");
        assertThat(entry.path("title").asText()).isEqualTo("Agent started without an authtoken");
        assertThat(entry.path("updatedBy").asText()).isEqualTo("release0");
    }

    @Test
    void theReleaseOutboxAndMailboxRecordsAreReadable() {
        List<DeadLetter> dead = outbox.deadLetters("1");
        assertThat(dead).singleElement().satisfies(d -> {
            assertThat(d.target()).isEqualTo("HELPDESK");
            assertThat(d.reason()).contains("ERR_ERRDEX_1261");
        });
        assertThat(checkpoints.load("support@imap.release0.example/INBOX"))
                .contains(new MailboxCheckpoint("support@imap.release0.example/INBOX", 1700000000L, 42L));
    }

    @Test
    void theReleaseLearnedEvidenceIsInTheIndex() {
        JsonNode match = GraphQLClient.post("match.graphql", Map.of("text", "When I start the agent it stops right"
                + " away and complains that there is no authtoken configured.")).path("data").path("match");
        JsonNode learned = null;
        for (JsonNode suggestion : match.path("suggestions")) {
            if (suggestion.path("code").asText().equals("ERR_NGROK_4018")) {
                learned = suggestion;
            }
        }
        assertThat(learned).as("ERR_NGROK_4018 among %s", match).isNotNull();
        assertThat(learned.path("evidence").findValuesAsText("field")).contains("learned");
    }

    @Test
    void aNewEmailBecomesATicketAfterTheReleaseTickets() throws IOException {
        byte[] raw;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("release-0/new-email.eml")) {
            raw = in.readAllBytes();
        }
        String id = given().contentType("message/rfc822")
                .header("Authorization", "Bearer test-webhook-secret-0123456789abcdef").body(raw)
                .when().post("/triage/inbound")
                .then().statusCode(201)
                .body("outcome", equalTo("CREATED"))
                .body("ticket.annotations[0].code", equalTo("ERR_NGROK_4018"))
                .extract().path("ticket.id");
        assertThat(Long.parseLong(id)).as("the new ticket's id follows the release's three").isGreaterThan(3);
        assertThat(ticket(id).path("messages").get(0).path("messageId").asText())
                .isEqualTo("<after-upgrade-1@field.example>");
    }

    private static JsonNode ticket(String id) {
        JsonNode response = GraphQLClient.post("tickets/ticket.graphql", Map.of("id", id), releaseAgentKey());
        assertThat(response.path("errors").isMissingNode()).as("errors: %s", response.path("errors")).isTrue();
        return response.path("data").path("ticket");
    }
}
