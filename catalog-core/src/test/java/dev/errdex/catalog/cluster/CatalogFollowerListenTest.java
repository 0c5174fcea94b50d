package dev.errdex.catalog.cluster;

import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.service.CatalogChanged;
import dev.errdex.catalog.testing.EmptyCatalogTest;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL only (runs with -Pdb-postgresql): with the revision check off, a NOTIFY alone brings another process's
 * change here, also after the listening session was killed.
 */
@QuarkusTest
@TestProfile(CatalogFollowerListenTest.ListenOnly.class)
// LISTEN/NOTIFY exists on PostgreSQL only: tagged so that only the -Pdb-postgresql build runs it (parent POM,
// errdex-test.excluded-groups)
@Tag("postgresql")
class CatalogFollowerListenTest extends EmptyCatalogTest {

    public static class ListenOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("errdex.catalog.refresh-interval", "0", "errdex.catalog.listen", "true");
        }
    }

    @Inject
    AgroalDataSource db;

    @Inject
    CatalogFollower follower;

    @Test
    void aNotificationAloneDeliversAnotherProcessesChange() throws Exception {
        catalog.upsert(CatalogEntry.builder("ERR_ACME_11").message("The cog broke.").build(), "alice");
        Awaiting.until(follower::listening);
        changes.clear();

        AnotherProcess.retitle(db, true, "ERR_ACME_11", "Cog", "bob");

        Awaiting.until(() -> !changes.events().isEmpty());
        assertThat(changes.events()).containsExactly(
                new CatalogChanged(Set.of("ERR_ACME_11"), "bob", CatalogChanged.Reason.UPSERT, true));
    }

    @Test
    void theListenerReconnectsAfterItsSessionIsKilled() throws Exception {
        catalog.upsert(CatalogEntry.builder("ERR_ACME_12").message("The gear broke.").build(), "alice");
        Awaiting.until(follower::listening);
        changes.clear();

        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeQuery("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    + " WHERE application_name LIKE 'errdex catalog-listener %' AND datname = current_database()")
                    .close();
        }
        Awaiting.until(() -> !follower.listening());
        Awaiting.until(follower::listening);
        AnotherProcess.retitle(db, true, "ERR_ACME_12", "Gear", "bob");

        Awaiting.until(() -> !changes.events().isEmpty());
        assertThat(changes.events()).containsExactly(
                new CatalogChanged(Set.of("ERR_ACME_12"), "bob", CatalogChanged.Reason.UPSERT, true));
    }
}
