package dev.errdex.catalog.cluster;

import dev.errdex.catalog.testing.EmptyCatalogTest;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Session locks: on PostgreSQL two holders are two sessions of this JVM, as two processes would be. */
@QuarkusTest
class AdvisoryLocksTest extends EmptyCatalogTest {

    @Inject
    AdvisoryLocks locks;

    @Inject
    AgroalDataSource db;

    @Test
    void aSessionLockHasOneHolderAtATimeAndPassesOnWhenReleased() throws Exception {
        Optional<AdvisoryLocks.HeldLock> first = locks.tryHold("test-mailbox-a", "test-first");
        assertThat(first).isPresent();
        try {
            assertThat(locks.tryHold("test-mailbox-a", "test-second")).isEmpty();
            assertThat(locks.tryHold("test-mailbox-b", "test-second")).hasValueSatisfying(AdvisoryLocks.HeldLock::close);
            assertThat(locks.holder("test-mailbox-a")).hasValueSatisfying(h -> assertThat(h)
                    .contains(DatabaseSessions.process()));
            assertThat(first.get().stillHeld()).isTrue();
        } finally {
            first.get().close();
        }
        assertThat(locks.holder("test-mailbox-a")).isEmpty();
        Optional<AdvisoryLocks.HeldLock> second = locks.tryHold("test-mailbox-a", "test-second");
        assertThat(second).isPresent();
        second.get().close();
    }

    @Test
    // a session that dies is a PostgreSQL matter: tagged so that only the -Pdb-postgresql build runs it (parent POM,
    // errdex-test.excluded-groups)
    @Tag("postgresql")
    void theLockOfASessionThatDiesIsFreeForTheNextHolder() throws Exception {
        AdvisoryLocks.HeldLock dying = locks.tryHold("test-mailbox-c", "test-dying").orElseThrow();
        assertThat(locks.holder("test-mailbox-c")).hasValueSatisfying(h -> assertThat(h).startsWith("errdex test-dying"));
        assertThat(locks.tryHold("test-mailbox-c", "test-standby")).isEmpty();

        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeQuery("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    + " WHERE application_name LIKE 'errdex test-dying %' AND datname = current_database()").close();
        }

        assertThat(dying.stillHeld()).isFalse();
        Optional<AdvisoryLocks.HeldLock> next = Optional.empty();
        for (int i = 0; i < 100 && next.isEmpty(); i++) {
            next = locks.tryHold("test-mailbox-c", "test-standby");
            Thread.sleep(next.isEmpty() ? 100 : 0);
        }
        assertThat(next).isPresent();
        next.get().close();
        dying.close();
    }
}
