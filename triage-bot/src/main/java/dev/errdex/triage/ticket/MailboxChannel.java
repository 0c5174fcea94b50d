package dev.errdex.triage.ticket;

import dev.errdex.catalog.cluster.AdvisoryLocks;
import dev.errdex.catalog.cluster.DatabaseSessions;
import dev.errdex.triage.inbound.imap.ImapErrorCode;
import dev.errdex.triage.inbound.imap.MailboxException;
import dev.errdex.triage.inbound.imap.MailboxPoller;
import dev.errdex.triage.inbound.imap.MailboxSettings;
import dev.errdex.triage.ticket.internal.DbCheckpointStore;
import dev.errdex.triage.ticket.internal.QuarantineLog;
import dev.errdex.triage.ticket.internal.TicketIntake;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.opentelemetry.api.trace.Tracer;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The IMAP channel in the service: at start-up, when {@code errdex.imap.host} is set and the process role runs
 * workers ({@link RoleConfig}), a {@link MailboxPoller} feeds every message to {@link TicketService#ingest}, with its
 * checkpoint and quarantine records in the database. Stopped at shut-down (the message in hand is finished).
 *
 * <p>One process polls a mailbox at a time: the poller runs only while this process holds the mailbox's lock (a
 * PostgreSQL session-level advisory lock named after user, host and folder, on a session of its own). A process
 * that does not get it stands by and tries again every {@link MailboxLockConfig#retryInterval()}; when the holder
 * dies its session ends, the lock is free, and a standby takes over at its next try. The holder checks its lock
 * session at the same interval and stops polling when it broke. On H2 (one process) the lock is always granted.
 */
@ApplicationScoped
public class MailboxChannel {

    /** What this process does with the mailbox. */
    public enum LockState {
        /** The channel is off here (no host, or a role without workers). */
        OFF,
        /** Another process holds the mailbox lock (or it could not be taken); this one waits. */
        STANDBY,
        /** This process holds the lock and polls. */
        POLLING
    }

    private static final Logger LOG = Logger.getLogger(MailboxChannel.class);
    /** What the lock's database session is for (part of its application name, which names the holder). */
    private static final String LOCK_PURPOSE = "imap-poller";

    @Inject
    MailboxSettings settings;

    @Inject
    RoleConfig role;

    @Inject
    MailboxLockConfig lockConfig;

    @Inject
    AdvisoryLocks locks;

    @Inject
    TicketIntake intake;

    @Inject
    Tracer tracer;

    @Inject
    DbCheckpointStore checkpoints;

    @Inject
    QuarantineLog quarantine;

    private volatile MailboxPoller poller;
    private volatile LockState state = LockState.OFF;
    private volatile String holder;
    private AdvisoryLocks.HeldLock lock;
    private ScheduledExecutorService lockTimer;
    private volatile boolean stopped;

    /** After the catalog seeding (default priority), so that the first mail meets a full catalog. */
    void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) StartupEvent event) {
        if (!settings.enabled()) {
            LOG.debug("IMAP channel off: errdex.imap.host is not set");
            return;
        }
        if (!role.role().runsWorkers()) {
            LOG.infof("IMAP channel off in this process: errdex.role is %s", role.role());
            return;
        }
        if (!settings.problems().isEmpty()) {
            throw new MailboxException(ImapErrorCode.SETTINGS_INVALID,
                    ImapErrorCode.SETTINGS_INVALID.format(String.join("; ", settings.problems())));
        }
        state = LockState.STANDBY;
        tend();
        lockTimer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "errdex-imap-lock");
            t.setDaemon(true);
            return t;
        });
        long ms = lockConfig.retryInterval().toMillis();
        lockTimer.scheduleWithFixedDelay(this::tend, ms, ms, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        synchronized (this) {
            stopped = true;
        }
        if (lockTimer != null) {
            lockTimer.shutdownNow();
        }
        synchronized (this) {
            stopPolling();
        }
    }

    /** The running poller; empty when the channel is off or another process holds the mailbox. */
    public Optional<MailboxPoller> poller() {
        return Optional.ofNullable(poller);
    }

    /** Whether this process polls the mailbox, stands by, or has the channel off. */
    public LockState lockState() {
        return state;
    }

    /**
     * The process that holds the mailbox lock as last seen ({@code errdex imap-poller <host>:<pid>}, this process
     * when it polls); empty when the channel is off or nobody held it at the last try.
     */
    public Optional<String> lockHolder() {
        return Optional.ofNullable(holder);
    }

    /** The name of the mailbox's lock. */
    public String lockName() {
        return "imap:" + settings.mailboxKey();
    }

    /** Takes the lock and starts polling, or checks the lock held; runs at start and every retry interval. */
    synchronized void tend() {
        if (stopped) {
            return;
        }
        String mailbox = settings.mailboxKey();
        try {
            if (lock != null) {
                if (lock.stillHeld()) {
                    return;
                }
                LOG.warn(MailboxLockError.MAILBOX_LOCK_LOST.format(mailbox, "its database session ended"));
                stopPolling();
                state = LockState.STANDBY;
                holder = null;
                return;
            }
            Optional<AdvisoryLocks.HeldLock> got = locks.tryHold(lockName(), LOCK_PURPOSE);
            if (got.isEmpty()) {
                String other = locks.holder(lockName()).orElse("unknown");
                if (state != LockState.STANDBY || !Objects.equals(other, holder)) {
                    LOG.info(MailboxLockError.MAILBOX_LOCK_BUSY.format(mailbox, other));
                }
                state = LockState.STANDBY;
                holder = other;
                return;
            }
            lock = got.get();
            MailboxPoller p = new MailboxPoller(settings, intake, checkpoints, quarantine, tracer);
            poller = p;
            p.start();
            state = LockState.POLLING;
            holder = DatabaseSessions.applicationName(LOCK_PURPOSE);
            LOG.info(MailboxLockError.MAILBOX_LOCK_TAKEN.format(DatabaseSessions.process(), mailbox));
            LOG.infof("IMAP channel reading %s", mailbox);
        } catch (SQLException | RuntimeException e) {
            LOG.warn(MailboxLockError.MAILBOX_LOCK_FAILED.format(mailbox, e.getMessage()));
            if (lock != null && poller == null) {
                lock.close();
                lock = null;
            }
        }
    }

    private void stopPolling() {
        MailboxPoller p = poller;
        poller = null;
        if (p != null) {
            p.close();
        }
        if (lock != null) {
            lock.close();
            lock = null;
        }
    }
}
