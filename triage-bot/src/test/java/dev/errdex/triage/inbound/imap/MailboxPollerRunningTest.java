package dev.errdex.triage.inbound.imap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.imap.ImapServer;
import org.junit.jupiter.api.Test;

/** The started poller (worker thread, IDLE, reconnects) against an in-process GreenMail IMAP server. */
class MailboxPollerRunningTest extends GreenMailPollerTestBase {

    private MailboxPoller started(MailboxSettings settings) {
        MailboxPoller poller = poller(settings);
        poller.start();
        return poller;
    }

    @Test
    void resumesAfterStopInTheMiddleOfABacklogWithoutDoublesOrLoss() throws Exception {
        inbox.deliverCases(1, 120);
        CountDownLatch thirtyOffered = new CountDownLatch(30);
        tickets.onOffer(m -> thirtyOffered.countDown());
        MailboxSettings settings = inbox.settings().batchSize(50).build();

        MailboxPoller first = started(settings);
        assertThat(thirtyOffered.await(30, TimeUnit.SECONDS)).isTrue();
        first.stop();
        int takenByFirst = tickets.ticketCount();

        MailboxPoller second = started(settings);
        Await.until("120 tickets", () -> tickets.ticketCount() == 120, () -> seen(second));
        second.stop();

        assertThat(first.state()).isEqualTo(MailboxPoller.State.STOPPED);
        assertThat(takenByFirst).isBetween(30, 119);
        assertThat(tickets.calls()).isEqualTo(120);
        for (int n = 1; n <= 120; n++) {
            assertThat(tickets.offersOf(n)).as("offers of case %d", n).isEqualTo(1);
        }
        assertThat(inbox.messages()).allSatisfy(m ->
                assertThat(GreenMailMailbox.hasKeyword(m, MailboxSettings.DEFAULT_PROCESSED_FLAG)).isTrue());
    }

    @Test
    void reconnectsAfterServerDropsConnectionAndLosesNothing() throws Exception {
        inbox.deliverCases(1, 60);
        CountDownLatch twentyOffered = new CountDownLatch(20);
        tickets.onOffer(m -> twentyOffered.countDown());
        MailboxPoller poller = started(inbox.settings().batchSize(10).build());

        assertThat(twentyOffered.await(30, TimeUnit.SECONDS)).isTrue();
        ImapServer original = greenMail.getImap();
        original.stopService();   // closes every client connection: the server "goes away"
        Await.until("the poller to notice", () -> poller.state() == MailboxPoller.State.RECONNECT_WAIT,
                () -> seen(poller));
        int beforeRestart = tickets.ticketCount();
        ImapServer restarted = new ImapServer(original.getServerSetup(), greenMail.getManagers());
        try {
            restarted.startService();
            assertThat(restarted.waitTillRunning(10_000)).isTrue();

            Await.until("60 tickets", () -> tickets.ticketCount() == 60, () -> seen(poller));
        } finally {
            poller.stop();
            restarted.stopService();
        }

        assertThat(beforeRestart).isLessThan(60);
        assertThat(tickets.count(HandleOutcome.Kind.COMMITTED)).isEqualTo(60);
        for (int n = 1; n <= 60; n++) {
            assertThat(tickets.hasTicket(n)).as("ticket of case %d", n).isTrue();
        }
        assertThat(inbox.messages()).hasSize(60).allSatisfy(m ->
                assertThat(GreenMailMailbox.hasKeyword(m, MailboxSettings.DEFAULT_PROCESSED_FLAG)).isTrue());
    }

    @Test
    void wakesUpThroughIdleWhenNewMailArrives() {
        // The poll interval is far beyond the test's patience: only IDLE can bring the new mail in.
        MailboxPoller poller = started(inbox.settings().pollInterval(Duration.ofMinutes(10)).build());
        Await.until("IDLE", () -> poller.state() == MailboxPoller.State.IDLE, () -> seen(poller));

        inbox.deliverCase(1);

        Await.until("the ticket of case 1", () -> tickets.hasTicket(1), () -> seen(poller));
        Await.until("IDLE again", () -> poller.state() == MailboxPoller.State.IDLE, () -> seen(poller));
        inbox.deliverCase(2);
        Await.until("the ticket of case 2", () -> tickets.hasTicket(2), () -> seen(poller));

        poller.stop();
        assertThat(poller.isRunning()).isFalse();
        assertThat(poller.state()).isEqualTo(MailboxPoller.State.STOPPED);
    }

    @Test
    void pollsAtIntervalWhenIdleIsOff() {
        MailboxPoller poller = started(inbox.settings().idle(false).pollInterval(Duration.ofMillis(200)).build());
        Await.until("a wait between polls", () -> poller.state() == MailboxPoller.State.WAITING,
                () -> seen(poller));
        assertThat(poller.state()).isNotEqualTo(MailboxPoller.State.IDLE);

        inbox.deliverCase(1);

        Await.until("the ticket of case 1", () -> tickets.hasTicket(1), () -> seen(poller));
        poller.stop();
        assertThat(poller.state()).isEqualTo(MailboxPoller.State.STOPPED);
    }
}
