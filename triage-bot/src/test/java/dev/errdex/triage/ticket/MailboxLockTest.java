package dev.errdex.triage.ticket;

import dev.errdex.catalog.cluster.AdvisoryLocks;
import dev.errdex.catalog.cluster.DatabaseSessions;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One poller per mailbox, on PostgreSQL (runs with -Pdb-postgresql): a second session of this JVM plays another
 * process. When the channel's lock session dies, the channel stops polling; while the other process holds the lock
 * it stands by and names the holder; once the lock is free it takes over and the mail waiting meanwhile becomes
 * tickets.
 */
@QuarkusTest
@TestProfile(MailboxLockTest.WithMailbox.class)
// the mailbox lock is a PostgreSQL session lock: tagged so that only the -Pdb-postgresql build runs it (parent POM,
// errdex-test.excluded-groups)
@Tag("postgresql")
class MailboxLockTest extends TicketTest {

    public static class WithMailbox implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(GreenMailImap.class));
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("errdex.imap.lock.retry-interval", "300ms");
        }
    }

    @Inject
    MailboxChannel channel;

    @Inject
    AdvisoryLocks locks;

    @Inject
    AgroalDataSource db;

    @Test
    void anotherProcessHoldingTheLockKeepsThisOneStandingByUntilTheLockIsFree() throws Exception {
        await(() -> channel.lockState() == MailboxChannel.LockState.POLLING);
        assertThat(channel.lockHolder()).hasValueSatisfying(h -> assertThat(h).contains(DatabaseSessions.process()));

        // the channel's lock session dies (as when the network to the database breaks); another process grabs it
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeQuery("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    + " WHERE application_name LIKE 'errdex imap-poller %' AND datname = current_database()").close();
        }
        Optional<AdvisoryLocks.HeldLock> other = Optional.empty();
        Instant deadline = Instant.now().plusSeconds(30);
        while (other.isEmpty() && Instant.now().isBefore(deadline)) {
            other = locks.tryHold(channel.lockName(), "other-process");
            Thread.sleep(other.isEmpty() ? 20 : 0);
        }
        assertThat(other).as("the lock became free after its session died").isPresent();
        try {
            await(() -> channel.lockState() == MailboxChannel.LockState.STANDBY
                    && channel.lockHolder().orElse("").startsWith("errdex other-process"));
            assertThat(channel.poller()).isEmpty();
            GreenMailImap.deliver(Mails.fixture("explicit-code.eml", "id", "lock-1", "n", "L1"));
        } finally {
            other.get().close();
        }

        await(() -> channel.lockState() == MailboxChannel.LockState.POLLING);
        await(() -> GreenMailImap.messages().stream().allMatch(m -> GreenMailImap.hasKeyword(m, "$ErrdexProcessed")));
        assertThat(tables.tickets()).isEqualTo(1);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not reached within 60 s");
            }
            Thread.sleep(20);
        }
    }
}
