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

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The follower on its own: the revision check runs on its timer (H2 and PostgreSQL). */
@QuarkusTest
@TestProfile(CatalogFollowerRunningTest.Timer.class)
class CatalogFollowerRunningTest extends EmptyCatalogTest {

    public static class Timer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("errdex.catalog.refresh-interval", "200ms", "errdex.catalog.listen", "false");
        }
    }

    @Inject
    AgroalDataSource db;

    @Inject
    DatabaseSessions sessions;

    @Test
    void theRevisionCheckPicksUpAnotherProcessesChangeWithoutBeingAsked() throws Exception {
        catalog.upsert(CatalogEntry.builder("ERR_ACME_9").message("The sprocket broke.").build(), "alice");
        changes.clear();

        AnotherProcess.retitle(db, sessions.postgres(), "ERR_ACME_9", "Sprocket", "bob");

        Awaiting.until(() -> !changes.events().isEmpty());
        assertThat(changes.events()).containsExactly(
                new CatalogChanged(Set.of("ERR_ACME_9"), "bob", CatalogChanged.Reason.UPSERT, true));
    }
}
