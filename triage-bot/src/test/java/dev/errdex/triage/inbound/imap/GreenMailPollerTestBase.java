package dev.errdex.triage.inbound.imap;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Common ground of the poller tests: a fresh GreenMail IMAP server per test on a free port, the support user's
 * INBOX, the ticket store double, in-memory checkpoints and quarantine records; every poller made here is closed.
 */
abstract class GreenMailPollerTestBase {

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.IMAP.dynamicPort());

    final List<MailboxPoller> pollers = new ArrayList<>();
    final InMemoryCheckpointStore checkpoints = new InMemoryCheckpointStore();
    final List<QuarantinedMessage> quarantine = new CopyOnWriteArrayList<>();
    final TicketStoreDouble tickets = new TicketStoreDouble();
    GreenMailMailbox inbox;

    @BeforeEach
    void mailbox() {
        inbox = GreenMailMailbox.inbox(greenMail);
    }

    @AfterEach
    void closePollers() {
        pollers.forEach(MailboxPoller::close);
    }

    MailboxPoller poller(MailboxSettings settings) {
        MailboxPoller poller = new MailboxPoller(settings, tickets, checkpoints, quarantine::add);
        pollers.add(poller);
        return poller;
    }

    String seen(MailboxPoller poller) {
        return "state " + poller.state() + ", tickets " + tickets.ticketCount() + ", offers " + tickets.calls();
    }
}
