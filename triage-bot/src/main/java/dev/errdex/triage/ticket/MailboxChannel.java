package dev.errdex.triage.ticket;

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
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * The IMAP channel in the service: at start-up, when {@code errdex.imap.host} is set and the process role runs
 * workers ({@link RoleConfig}), a {@link MailboxPoller} feeds every message to {@link TicketService#ingest}, with its
 * checkpoint and quarantine records in the database. Stopped at shut-down (the message in hand is finished).
 */
@ApplicationScoped
public class MailboxChannel {

    private static final Logger LOG = Logger.getLogger(MailboxChannel.class);

    @Inject
    MailboxSettings settings;

    @Inject
    RoleConfig role;

    @Inject
    TicketIntake intake;

    @Inject
    DbCheckpointStore checkpoints;

    @Inject
    QuarantineLog quarantine;

    private volatile MailboxPoller poller;

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
        poller = new MailboxPoller(settings, intake, checkpoints, quarantine);
        poller.start();
        LOG.infof("IMAP channel reading %s", settings.mailboxKey());
    }

    void stop(@Observes ShutdownEvent event) {
        MailboxPoller p = poller;
        if (p != null) {
            p.close();
        }
    }

    /** The running poller; empty when the channel is off. */
    public Optional<MailboxPoller> poller() {
        return Optional.ofNullable(poller);
    }
}
