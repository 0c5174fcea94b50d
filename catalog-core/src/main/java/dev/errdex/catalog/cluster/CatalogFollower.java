package dev.errdex.catalog.cluster;

import dev.errdex.catalog.service.CatalogChanged;
import dev.errdex.catalog.service.CatalogConfig;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Follows the catalog changes other processes commit to the same database and fires them here as
 * {@link CatalogChanged} with {@code remote} set, so that this process's search index, caches and subscriptions
 * catch up. Two triggers, one way of reading:
 * <ul>
 *   <li>the revision check, every {@link CatalogConfig#refreshInterval()}: one cheap read of
 *       {@code catalog_revision}; only when it moved are the changed entries (those stamped with a newer revision)
 *       read;</li>
 *   <li>on PostgreSQL also a {@code LISTEN errdex_catalog} session of its own, which runs the same check as soon as
 *       another process commits a change (reconnecting with backoff when the session breaks).</li>
 * </ul>
 * Changes this process committed itself were already fired by its own transaction and are skipped.
 */
@ApplicationScoped
public class CatalogFollower {

    private static final Logger LOG = Logger.getLogger(CatalogFollower.class);
    private static final Duration MAX_LISTEN_BACKOFF = Duration.ofSeconds(30);

    @Inject
    CatalogConfig config;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    DatabaseSessions sessions;

    @Inject
    CatalogRevisions revisions;

    @Inject
    Event<CatalogChanged> changed;

    private final Object checking = new Object();
    private volatile long seen = -1;
    private volatile boolean stopped;
    private volatile boolean listening;
    private ScheduledExecutorService timer;
    private Thread listener;

    /** After the seeders (default priority, +600), before the search index is built (+1000). */
    void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) StartupEvent event) {
        if (config.refreshInterval().isZero() && !config.listen()) {
            LOG.info("catalog follower off: errdex.catalog.refresh-interval is 0 and listen is false");
            return;
        }
        try {
            seen = currentRevision();
        } catch (SQLException e) {
            LOG.warn(ClusterError.REFRESH_FAILED.format(e.getMessage()));
        }
        if (!config.refreshInterval().isZero()) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "errdex-catalog-follower");
                t.setDaemon(true);
                return t;
            });
            long ms = config.refreshInterval().toMillis();
            timer.scheduleWithFixedDelay(this::checkQuietly, ms, ms, TimeUnit.MILLISECONDS);
        }
        if (config.listen() && sessions.postgres()) {
            listener = new Thread(this::listen, "errdex-catalog-listener");
            listener.setDaemon(true);
            listener.start();
        }
    }

    void stop(@Observes ShutdownEvent event) {
        stopped = true;
        if (timer != null) {
            timer.shutdownNow();
        }
        if (listener != null) {
            listener.interrupt();
        }
    }

    /** The last catalog revision this process has caught up with; empty before the first check. */
    public Optional<Long> seenRevision() {
        long s = seen;
        return s < 0 ? Optional.empty() : Optional.of(s);
    }

    /** Whether a LISTEN session is open now (PostgreSQL). */
    public boolean listening() {
        return listening;
    }

    /**
     * Reads the changes committed since the last check and fires those other processes made. Safe to call from any
     * thread; calls run one at a time.
     *
     * @return how many changes of other processes were fired
     */
    public int check() throws SQLException {
        synchronized (checking) {
            long current = currentRevision();
            long from = seen;
            if (from < 0) {
                seen = current;
                return 0;
            }
            if (current <= from) {
                return 0;
            }
            Map<Long, Change> changes = new LinkedHashMap<>();
            try (Connection c = dataSource.getConnection()) {
                try (PreparedStatement s = c.prepareStatement("SELECT revision, reason, changed_by FROM catalog_change"
                        + " WHERE revision > ? AND revision <= ? ORDER BY revision")) {
                    s.setLong(1, from);
                    s.setLong(2, current);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            changes.put(rs.getLong(1), new Change(CatalogChanged.Reason.valueOf(rs.getString(2)),
                                    rs.getString(3), new LinkedHashSet<>()));
                        }
                    }
                }
                try (PreparedStatement s = c.prepareStatement("SELECT code, catalog_revision FROM error_code"
                        + " WHERE catalog_revision > ? AND catalog_revision <= ? ORDER BY catalog_revision, code")) {
                    s.setLong(1, from);
                    s.setLong(2, current);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            Change change = changes.get(rs.getLong(2));
                            if (change != null) {
                                change.codes().add(rs.getString(1));
                            }
                        }
                    }
                }
            }
            int fired = 0;
            for (Map.Entry<Long, Change> e : changes.entrySet()) {
                Change change = e.getValue();
                if (revisions.takeCommittedHere(e.getKey()) || change.codes().isEmpty()) {
                    continue;
                }
                try {
                    changed.fire(new CatalogChanged(change.codes(), change.by(), change.reason(), true));
                } catch (RuntimeException ex) {
                    LOG.error(ClusterError.REFRESH_FAILED.format("applying revision " + e.getKey() + ": " + ex), ex);
                }
                fired++;
                LOG.debugf("catalog revision %d from another process applied: %d codes (%s by %s)", e.getKey(),
                        change.codes().size(), change.reason(), change.by());
            }
            seen = current;
            revisions.forgetUpTo(current);
            return fired;
        }
    }

    private void checkQuietly() {
        try {
            check();
        } catch (SQLException | RuntimeException e) {
            LOG.warn(ClusterError.REFRESH_FAILED.format(e.getMessage()));
        }
    }

    private long currentRevision() throws SQLException {
        try (Connection c = dataSource.getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT revision FROM catalog_revision WHERE id = 1")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private void listen() {
        Duration backoff = Duration.ofSeconds(1);
        while (!stopped) {
            try (Connection c = sessions.open("catalog-listener")) {
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + CatalogRevisions.CHANNEL);
                }
                listening = true;
                backoff = Duration.ofSeconds(1);
                // changes committed while no session listened
                checkQuietly();
                PGConnection pg = c.unwrap(PGConnection.class);
                while (!stopped) {
                    PGNotification[] got = pg.getNotifications(5_000);
                    if (got != null && got.length > 0) {
                        checkQuietly();
                    } else if (!c.isValid(5)) {
                        throw new SQLException("the listening session stopped answering");
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (stopped) {
                    return;
                }
                LOG.warn(ClusterError.LISTENER_LOST.format(e.getMessage(), backoff));
                try {
                    Thread.sleep(backoff.toMillis());
                } catch (InterruptedException ie) {
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(MAX_LISTEN_BACKOFF) > 0 ? MAX_LISTEN_BACKOFF
                        : backoff.multipliedBy(2);
            } finally {
                listening = false;
            }
        }
    }

    private record Change(CatalogChanged.Reason reason, String by, Set<String> codes) {
    }
}
