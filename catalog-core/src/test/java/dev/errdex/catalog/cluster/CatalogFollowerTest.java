package dev.errdex.catalog.cluster;

import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.service.CatalogChanged;
import dev.errdex.catalog.testing.EmptyCatalogTest;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reading side of catalog revisions, driven by hand ({@code CatalogFollower.check()}; the timer and the listener
 * are off in the tests' settings). Runs on H2 and on PostgreSQL.
 */
@QuarkusTest
class CatalogFollowerTest extends EmptyCatalogTest {

    @Inject
    CatalogFollower follower;

    @Inject
    AgroalDataSource db;

    @Inject
    DatabaseSessions sessions;

    @Test
    void aChangeAnotherProcessCommittedIsFiredHereAsRemoteWithItsCodeReasonAndAuthor() throws Exception {
        catalog.upsert(CatalogEntry.builder("ERR_ACME_7").message("The widget broke.").build(), "alice");
        follower.check();
        assertThat(catalog.find("ERR_ACME_7").orElseThrow().entry().title()).isNotEqualTo("Widget on fire");
        changes.clear();

        AnotherProcess.retitle(db, sessions.postgres(), "ERR_ACME_7", "Widget on fire", "bob");
        int fired = follower.check();

        assertThat(fired).isEqualTo(1);
        assertThat(changes.events()).containsExactly(
                new CatalogChanged(java.util.Set.of("ERR_ACME_7"), "bob", CatalogChanged.Reason.UPSERT, true));
        // the entry cache of this process was told too: the next look-up reads the other process's title
        assertThat(catalog.find("ERR_ACME_7").orElseThrow().entry().title()).isEqualTo("Widget on fire");
    }

    @Test
    void changesMadeThroughThisProcessAreNotFiredASecondTime() throws Exception {
        follower.check();
        catalog.upsert(CatalogEntry.builder("ERR_ACME_8").message("The gadget broke.").build(), "alice");
        catalog.upsert(CatalogEntry.builder("ERR_ACME_8").message("The gadget broke.").title("Gadget").build(),
                "alice");
        assertThat(changes.events()).hasSize(2).noneMatch(CatalogChanged::remote);

        assertThat(follower.check()).isZero();
        assertThat(changes.events()).hasSize(2);
    }

    @Test
    void severalRevisionsOfOtherProcessesArriveInOrderAndEachOnlyOnce() throws Exception {
        catalog.upsert(CatalogEntry.builder("ERR_ACME_1").message("One.").build(), "alice");
        catalog.upsert(CatalogEntry.builder("ERR_ACME_2").message("Two.").build(), "alice");
        follower.check();
        changes.clear();

        AnotherProcess.retitle(db, sessions.postgres(), "ERR_ACME_1", "First", "bob");
        AnotherProcess.retitle(db, sessions.postgres(), "ERR_ACME_2", "Second", "carol");
        assertThat(follower.check()).isEqualTo(2);
        assertThat(follower.check()).isZero();

        assertThat(changes.events()).extracting(CatalogChanged::by).containsExactly("bob", "carol");
        assertThat(changes.events()).allMatch(CatalogChanged::remote);
    }
}
