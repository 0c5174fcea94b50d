package dev.errdex.catalog.cluster;

import dev.errdex.catalog.service.CatalogChanged;
import dev.errdex.catalog.service.internal.CatalogMetaEntity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stamps every catalog change with a catalog revision, in the transaction that makes it: increments the one row of
 * {@code catalog_revision}, records the change in {@code catalog_change}, marks the changed entries with the
 * revision, and on PostgreSQL sends {@code NOTIFY errdex_catalog} with it (delivered on commit). The row lock on
 * {@code catalog_revision} makes catalog writers commit in revision order, so another process that has seen revision
 * N has seen every change up to N. See {@link CatalogFollower} for the reading side.
 */
@ApplicationScoped
public class CatalogRevisions {

    /** The PostgreSQL notification channel; the payload is the revision. */
    public static final String CHANNEL = "errdex_catalog";

    private static final int CHUNK = 500;

    @Inject
    EntityManager em;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    DatabaseSessions sessions;

    /** Revisions this process committed and the follower has not passed yet (it skips them). */
    private final Set<Long> committedHere = ConcurrentHashMap.newKeySet();

    void stamp(@Observes CatalogChanged change) {
        if (change.remote() || change.codes().isEmpty() || !QuarkusTransaction.isActive()) {
            return;
        }
        em.flush();
        long revision = em.unwrap(Session.class).doReturningWork(c -> stamp(c, change, sessions.postgres()));
        // Marked before the commit: the follower may read the committed revision (woken by NOTIFY) before
        // afterCompletion runs, and would then fire this process's own change a second time as a remote one.
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                committedHere.add(revision);
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    committedHere.remove(revision);
                }
            }
        });
    }

    /**
     * Writes the revision of a change on the connection of the transaction that made it (the transaction's owner
     * commits). Public for tests that play another process on a connection of their own.
     *
     * @return the new revision
     */
    public static long stamp(Connection c, CatalogChanged change, boolean postgres) throws SQLException {
        try (PreparedStatement bump = c.prepareStatement(
                "UPDATE catalog_revision SET revision = revision + 1 WHERE id = 1")) {
            bump.executeUpdate();
        }
        long revision;
        try (PreparedStatement read = c.prepareStatement("SELECT revision FROM catalog_revision WHERE id = 1");
             ResultSet rs = read.executeQuery()) {
            rs.next();
            revision = rs.getLong(1);
        }
        try (PreparedStatement log = c.prepareStatement("INSERT INTO catalog_change (revision, reason, changed_by,"
                + " changed_at) VALUES (?, ?, ?, ?)")) {
            log.setLong(1, revision);
            log.setString(2, change.reason().name());
            String by = change.by() == null ? "" : change.by();
            log.setString(3, by.length() > 200 ? by.substring(0, 200) : by);
            log.setTimestamp(4, Timestamp.from(Instant.now()));
            log.executeUpdate();
        }
        List<String> codes = new ArrayList<>(change.codes());
        for (int i = 0; i < codes.size(); i += CHUNK) {
            List<String> chunk = codes.subList(i, Math.min(codes.size(), i + CHUNK));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement mark = c.prepareStatement(
                    "UPDATE error_code SET catalog_revision = ? WHERE code IN (" + marks + ")")) {
                mark.setLong(1, revision);
                for (int j = 0; j < chunk.size(); j++) {
                    mark.setString(j + 2, chunk.get(j));
                }
                mark.executeUpdate();
            }
        }
        if (postgres) {
            try (PreparedStatement notify = c.prepareStatement("SELECT pg_notify(?, ?)")) {
                notify.setString(1, CHANNEL);
                notify.setString(2, Long.toString(revision));
                notify.executeQuery().close();
            }
        }
        return revision;
    }

    /** The catalog's revision as committed now (0 before its first change); call it in a transaction. */
    public long current() {
        return ((Number) em.createNativeQuery("SELECT revision FROM catalog_revision WHERE id = 1")
                .getSingleResult()).longValue();
    }

    /**
     * A random id of this database, made on first ask and kept in {@code catalog_meta}. Revisions start again at the
     * same numbers in every new database; this id tells such databases apart (a search index on disk records it, so
     * that the index of another database is never opened). Runs in transactions of its own.
     */
    public String databaseId() {
        for (int attempt = 0; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> {
                    CatalogMetaEntity meta = CatalogMetaEntity.findById(CatalogMetaEntity.DATABASE_ID);
                    if (meta == null) {
                        meta = new CatalogMetaEntity();
                        meta.key = CatalogMetaEntity.DATABASE_ID;
                        meta.value = UUID.randomUUID().toString();
                        meta.updatedAt = Instant.now();
                        meta.persist();
                    }
                    return meta.value;
                });
            } catch (RuntimeException e) {
                if (attempt > 0) {
                    throw e;
                }
                // another process made the id at the same moment: read the one it made
            }
        }
    }

    /** Whether this process committed {@code revision} (forgets it: the follower asks once per revision). */
    boolean takeCommittedHere(long revision) {
        return committedHere.remove(revision);
    }

    /** Forgets revisions at or below {@code revision} that the follower will never ask about. */
    void forgetUpTo(long revision) {
        committedHere.removeIf(r -> r <= revision);
    }
}
