package dev.errdex.catalog.cluster;

import dev.errdex.catalog.Sha256;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Named locks shared by every process on the database: PostgreSQL advisory locks, keyed by a 64-bit hash of the
 * name. On H2 (a single process) the locks are only exclusive within this JVM.
 */
@ApplicationScoped
public class AdvisoryLocks {

    /** Session locks held by this JVM on H2. */
    private static final Set<String> LOCAL = ConcurrentHashMap.newKeySet();

    @Inject
    DatabaseSessions sessions;

    @Inject
    EntityManager em;

    @Inject
    AgroalDataSource dataSource;

    /** The advisory-lock key of a name: the first 8 bytes of SHA-256("errdex:" + name). */
    public static long key(String name) {
        byte[] h = Sha256.of("errdex:" + name);
        long k = 0;
        for (int i = 0; i < 8; i++) {
            k = (k << 8) | (h[i] & 0xff);
        }
        return k;
    }

    /**
     * Waits for the transaction-level lock of {@code name} ({@code pg_advisory_xact_lock}); it is released when the
     * current transaction ends. On H2 (one process) every name shares one lock, the row of {@code catalog_revision}.
     *
     * @throws IllegalStateException outside a transaction
     */
    public void lockForTransaction(String name) {
        if (!QuarkusTransaction.isActive()) {
            throw new IllegalStateException("lockForTransaction(" + name + ") needs a transaction");
        }
        if (!sessions.postgres()) {
            em.unwrap(Session.class).doWork(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeQuery("SELECT revision FROM catalog_revision WHERE id = 1 FOR UPDATE").close();
                }
            });
            return;
        }
        long key = key(name);
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                s.setLong(1, key);
                s.executeQuery().close();
            }
        });
    }

    /**
     * Tries to take the session-level lock of {@code name} without waiting ({@code pg_try_advisory_lock} on a
     * session of its own). The lock stays held until {@link HeldLock#close()} or until the session ends, e.g.
     * because this process died.
     *
     * @return the held lock, or empty when another session holds it
     * @throws SQLException when the database cannot be reached
     */
    public Optional<HeldLock> tryHold(String name, String purpose) throws SQLException {
        if (!sessions.postgres()) {
            return LOCAL.add(name) ? Optional.of(new LocalLock(name)) : Optional.empty();
        }
        long key = key(name);
        Connection c = sessions.open(purpose);
        try (PreparedStatement s = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            s.setLong(1, key);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                if (rs.getBoolean(1)) {
                    return Optional.of(new SessionLock(name, key, c));
                }
            }
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
        c.close();
        return Optional.empty();
    }

    /**
     * Who holds the session lock of {@code name}: the application name of the holding PostgreSQL session
     * ({@code errdex <purpose> <host>:<pid>}); on H2 this process when it holds it. Empty when nobody does.
     */
    public Optional<String> holder(String name) throws SQLException {
        if (!sessions.postgres()) {
            return LOCAL.contains(name) ? Optional.of(DatabaseSessions.process()) : Optional.empty();
        }
        long key = key(name);
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT a.application_name FROM pg_locks l"
                     + " JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted"
                     + " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())"
                     + " AND l.classid::bigint = ? AND l.objid::bigint = ? AND l.objsubid = 1")) {
            s.setLong(1, key >>> 32);
            s.setLong(2, key & 0xffffffffL);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** A session lock this process holds. */
    public interface HeldLock extends AutoCloseable {

        /** The lock's name. */
        String name();

        /**
         * Whether the lock is still held: its session still answers. False once the database connection broke (the
         * server then ends the session and frees the lock).
         */
        boolean stillHeld();

        /** Releases the lock and ends its session. */
        @Override
        void close();
    }

    private record LocalLock(String name) implements HeldLock {

        @Override
        public boolean stillHeld() {
            return LOCAL.contains(name);
        }

        @Override
        public void close() {
            LOCAL.remove(name);
        }
    }

    private static final class SessionLock implements HeldLock {

        private final String name;
        private final long key;
        private final Connection connection;

        SessionLock(String name, long key, Connection connection) {
            this.name = name;
            this.key = key;
            this.connection = connection;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public synchronized boolean stillHeld() {
            try (Statement s = connection.createStatement()) {
                s.setQueryTimeout(10);
                s.executeQuery("SELECT 1").close();
                return true;
            } catch (SQLException e) {
                return false;
            }
        }

        @Override
        public synchronized void close() {
            try (PreparedStatement s = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                s.setLong(1, key);
                s.executeQuery().close();
            } catch (SQLException e) {
                // the session ends below, which frees the lock anyway
            }
            try {
                connection.close();
            } catch (SQLException e) {
                // already broken: nothing is held any more
            }
        }
    }
}
