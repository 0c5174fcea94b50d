package dev.errdex.triage.inbound.imap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.icegreen.greenmail.store.StoredMessage;
import jakarta.mail.Flags;
import org.junit.jupiter.api.Test;

/** One poll at a time ({@link MailboxPoller#pollOnce()}) against an in-process GreenMail IMAP server. */
class MailboxPollerTest extends GreenMailPollerTestBase {

    private MailboxPoller poller() {
        return poller(inbox.settings().build());
    }

    @Test
    void takesBacklogInBatchesAndHandlesEveryMessageOnce() {
        inbox.deliverCases(1, 120);
        MailboxPoller poller = poller(inbox.settings().batchSize(50).build());

        PollReport first = poller.pollOnce();
        PollReport second = poller.pollOnce();
        PollReport third = poller.pollOnce();
        PollReport fourth = poller.pollOnce();

        assertThat(List.of(first.committed(), second.committed(), third.committed(), fourth.committed()))
                .containsExactly(50, 50, 20, 0);
        assertThat(List.of(first.moreWaiting(), second.moreWaiting(), third.moreWaiting()))
                .containsExactly(true, true, false);
        assertThat(tickets.ticketCount()).isEqualTo(120);
        assertThat(tickets.calls()).isEqualTo(120);
        for (int n = 1; n <= 120; n++) {
            assertThat(tickets.offersOf(n)).as("offers of case %d", n).isEqualTo(1);
        }
        assertThat(inbox.messages()).allSatisfy(m ->
                assertThat(GreenMailMailbox.hasKeyword(m, MailboxSettings.DEFAULT_PROCESSED_FLAG)).isTrue());
        long lastUid = inbox.messages().stream().mapToLong(StoredMessage::getUid).max().orElseThrow();
        assertThat(checkpoints.load(poller.settings().mailboxKey()))
                .contains(new MailboxCheckpoint(poller.settings().mailboxKey(), inbox.uidValidity(), lastUid));
    }

    @Test
    void handsOverTheWholeRawMessageWithItsPlace() {
        long uid = inbox.deliverCase(1);
        List<InboundMessage> offered = new CopyOnWriteArrayList<>();
        tickets.onOffer(offered::add);

        poller().pollOnce();

        assertThat(offered).singleElement().satisfies(m -> {
            assertThat(m.uid()).isEqualTo(uid);
            assertThat(m.uidValidity()).isEqualTo(inbox.uidValidity());
            assertThat(m.folder()).isEqualTo("INBOX");
            assertThat(m.mailbox()).isEqualTo("support@127.0.0.1/INBOX");
            String text = TicketStoreDouble.text(m);
            assertThat(text).contains("Subject: Agent stops with ERR_NGROK_8012 (case 1)\r\n")
                    .contains("\r\n\r\nHello support,").endsWith("Thanks, Dana\r\n");
            assertThat(m.size()).isEqualTo(m.raw().length);
        });
    }

    @Test
    void flagsOnlyAfterCommitAndRetriesFromTheFailedMessageNextPoll() {
        inbox.deliverCases(1, 12);
        tickets.failOn(7, 1);
        MailboxPoller poller = poller();

        PollReport failed = poller.pollOnce();

        assertThat(failed.committed()).isEqualTo(6);
        assertThat(failed.failure()).hasMessageContaining("case-7");
        for (int n = 1; n <= 12; n++) {
            assertThat(GreenMailMailbox.hasKeyword(inbox.ofCase(n), MailboxSettings.DEFAULT_PROCESSED_FLAG))
                    .as("case %d flagged", n).isEqualTo(n < 7);
        }
        assertThat(failed.checkpoint().lastUid()).isEqualTo(inbox.ofCase(6).getUid());

        PollReport retried = poller.pollOnce();

        assertThat(retried.committed()).isEqualTo(6);
        assertThat(retried.failed()).isFalse();
        assertThat(tickets.ticketCount()).isEqualTo(12);
        assertThat(tickets.offersOf(7)).isEqualTo(2);
        assertThat(tickets.offersOf(8)).isEqualTo(1);
        assertThat(inbox.messages()).allSatisfy(m ->
                assertThat(GreenMailMailbox.hasKeyword(m, MailboxSettings.DEFAULT_PROCESSED_FLAG)).isTrue());
    }

    @Test
    void crashBetweenCommitAndFlagEndsAsDuplicateNotSecondTicket() {
        inbox.deliverCases(1, 10);
        tickets.crashAfterCommitting(4);
        MailboxPoller doomed = poller();

        assertThatThrownBy(doomed::pollOnce).isInstanceOf(TicketStoreDouble.SimulatedCrash.class);
        assertThat(GreenMailMailbox.hasKeyword(inbox.ofCase(4), MailboxSettings.DEFAULT_PROCESSED_FLAG)).isFalse();
        assertThat(tickets.hasTicket(4)).isTrue();

        PollReport afterRestart = poller().pollOnce();

        // Cases 1-3 shared the crashed group: committed, not yet flagged, so they come back as duplicates too.
        assertThat(afterRestart.duplicates()).isEqualTo(4);
        assertThat(afterRestart.committed()).isEqualTo(6);
        assertThat(tickets.ticketCount()).isEqualTo(10);
        assertThat(tickets.offersOf(4)).isEqualTo(2);
        assertThat(tickets.offersOf(5)).isEqualTo(1);
        assertThat(tickets.count(HandleOutcome.Kind.COMMITTED)).isEqualTo(10);
        assertThat(GreenMailMailbox.hasKeyword(inbox.ofCase(4), MailboxSettings.DEFAULT_PROCESSED_FLAG)).isTrue();
    }

    @Test
    void quarantinesMessageTheHandlerRejectsAndGoesOn() {
        inbox.deliverCases(1, 5);
        long junkUid = inbox.deliver(GreenMailMailbox.fixture("not-a-mail.eml").getBytes(StandardCharsets.UTF_8),
                new Flags());
        inbox.deliverCases(6, 9);
        MailboxPoller poller = poller();

        PollReport report = poller.pollOnce();

        assertThat(report.committed()).isEqualTo(9);
        assertThat(report.quarantined()).isEqualTo(1);
        assertThat(quarantine).singleElement().satisfies(q -> {
            assertThat(q.uid()).isEqualTo(junkUid);
            assertThat(q.code()).isEqualTo("ERR_ERRDEX_1289");
            assertThat(q.reason()).contains("no From and no Message-ID");
        });
        StoredMessage junk = inbox.byUid(junkUid);
        assertThat(GreenMailMailbox.hasKeyword(junk, MailboxSettings.DEFAULT_QUARANTINE_FLAG)).isTrue();
        assertThat(GreenMailMailbox.hasKeyword(junk, MailboxSettings.DEFAULT_PROCESSED_FLAG)).isFalse();

        checkpoints.save(new MailboxCheckpoint(poller.settings().mailboxKey(), inbox.uidValidity(), 0));
        PollReport again = poller.pollOnce();

        assertThat(again.handled()).isZero();
        assertThat(again.alreadyProcessed()).isEqualTo(10);
        assertThat(quarantine).hasSize(1);
    }

    @Test
    void quarantinesOversizedMessageWithoutHandingItOver() {
        inbox.deliverCase(1);
        String big = GreenMailMailbox.fixture("support-mail.eml").replace("{n}", "2")
                + "x".repeat(70).concat("\n").repeat(400);
        long bigUid = inbox.deliver(big.getBytes(StandardCharsets.UTF_8), new Flags());
        inbox.deliverCase(3);
        MailboxPoller poller = poller(inbox.settings().maxMessageBytes(8 * 1024).build());

        PollReport report = poller.pollOnce();

        assertThat(report.committed()).isEqualTo(2);
        assertThat(report.quarantined()).isEqualTo(1);
        assertThat(tickets.offersOf(2)).isZero();
        assertThat(quarantine).singleElement().satisfies(q -> {
            assertThat(q.uid()).isEqualTo(bigUid);
            assertThat(q.code()).isEqualTo("ERR_ERRDEX_1284");
            assertThat(q.size()).isGreaterThan(8 * 1024);
        });
    }

    @Test
    void readingLeavesSeenFlagsAloneAndDeletesNothing() {
        inbox.deliverCases(1, 4);
        Flags seen = new Flags(Flags.Flag.SEEN);
        String read = GreenMailMailbox.fixture("support-mail.eml").replace("{n}", "5");
        long readUid = inbox.deliver(read.getBytes(StandardCharsets.UTF_8), seen);
        inbox.deliverCases(6, 8);

        poller().pollOnce();

        assertThat(tickets.ticketCount()).isEqualTo(8);
        assertThat(inbox.messages()).hasSize(8).allSatisfy(m -> {
            assertThat(m.isSet(Flags.Flag.SEEN)).as("\\Seen of UID %d", m.getUid()).isEqualTo(m.getUid() == readUid);
            assertThat(m.isSet(Flags.Flag.DELETED)).isFalse();
        });
    }

    @Test
    void rescansWithDeduplicationWhenUidValidityChanges() {
        inbox.deliverCases(1, 10);
        MailboxSettings settings = inbox.settings().build();
        poller(settings).pollOnce();
        String key = settings.mailboxKey();
        // The folder "changed identity": the stored checkpoint belongs to another UIDVALIDITY, and two messages
        // lost their processed flag on the way (as after a migration to a new server).
        checkpoints.save(new MailboxCheckpoint(key, inbox.uidValidity() - 7, 10));
        inbox.ofCase(3).setFlags(new Flags(MailboxSettings.DEFAULT_PROCESSED_FLAG), false);
        inbox.ofCase(4).setFlags(new Flags(MailboxSettings.DEFAULT_PROCESSED_FLAG), false);
        inbox.deliverCases(11, 15);

        PollReport rescan = poller(settings).pollOnce();

        assertThat(rescan.duplicates()).isEqualTo(2);
        assertThat(rescan.committed()).isEqualTo(5);
        assertThat(rescan.alreadyProcessed()).isEqualTo(8);
        assertThat(tickets.ticketCount()).isEqualTo(15);
        assertThat(checkpoints.load(key)).contains(new MailboxCheckpoint(key, inbox.uidValidity(),
                inbox.ofCase(15).getUid()));
    }

    @Test
    void rescansRecreatedFolderWithoutDoubleTickets() throws Exception {
        GreenMailMailbox support = GreenMailMailbox.folder(greenMail, "Support");
        support.deliverCases(1, 6);
        MailboxPoller poller = poller(support.settings().build());
        poller.pollOnce();
        long oldValidity = support.uidValidity();

        // GreenMail derives UIDVALIDITY from the clock in seconds: recreate the folder in a later second.
        while (System.currentTimeMillis() / 1000 <= oldValidity) {
            Thread.sleep(50);
        }
        support.delete();   // the server says BYE to the session that has the folder selected
        support.create();
        support.deliverCases(1, 8);   // the same six mails again (new UIDs, no flags) and two new ones

        PollReport rescan = pollThroughReconnect(poller);

        assertThat(support.uidValidity()).isNotEqualTo(oldValidity);
        assertThat(rescan.duplicates()).isEqualTo(6);
        assertThat(rescan.committed()).isEqualTo(2);
        assertThat(tickets.ticketCount()).isEqualTo(8);
    }

    /** Polls again after the connection was dropped under the poller: the first call may report the loss. */
    private static PollReport pollThroughReconnect(MailboxPoller poller) {
        try {
            return poller.pollOnce();
        } catch (MailboxException lost) {
            assertThat(lost.code()).isEqualTo(ImapErrorCode.SERVER_UNREACHABLE);
            return poller.pollOnce();
        }
    }

    @Test
    void keepsCheckpointInFileAcrossPollers(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        inbox.deliverCases(1, 30);
        java.nio.file.Path file = dir.resolve("imap-checkpoints.properties");
        MailboxSettings settings = inbox.settings().batchSize(20).build();

        MailboxPoller first = new MailboxPoller(settings, tickets, new FileCheckpointStore(file));
        pollers.add(first);
        first.pollOnce();
        first.close();
        // Without flags the file alone must prevent a second offer: remove them.
        inbox.messages().forEach(m -> m.setFlags(new Flags(MailboxSettings.DEFAULT_PROCESSED_FLAG), false));
        MailboxPoller second = new MailboxPoller(settings, tickets, new FileCheckpointStore(file));
        pollers.add(second);
        PollReport rest = second.pollOnce();

        assertThat(rest.committed()).isEqualTo(10);
        assertThat(rest.duplicates()).isZero();
        assertThat(tickets.calls()).isEqualTo(30);
    }

    @Test
    void reportsRefusedLoginWithErrorCode() {
        MailboxPoller poller = poller(inbox.settings().password("wrong").build());

        assertThatThrownBy(poller::pollOnce).isInstanceOfSatisfying(MailboxException.class,
                e -> assertThat(e.code()).isEqualTo(ImapErrorCode.AUTHENTICATION_FAILED))
                .hasMessageStartingWith("ERR_ERRDEX_1282");
    }

    @Test
    void reportsMissingFolderWithErrorCode() {
        MailboxPoller poller = poller(inbox.settings().folder("NoSuchFolder").build());

        assertThatThrownBy(poller::pollOnce).isInstanceOfSatisfying(MailboxException.class,
                e -> assertThat(e.code()).isEqualTo(ImapErrorCode.FOLDER_NOT_FOUND));
    }

    @Test
    void reportsUnreachableServerWithErrorCode() throws Exception {
        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        MailboxPoller poller = poller(inbox.settings().port(closedPort).build());

        assertThatThrownBy(poller::pollOnce).isInstanceOfSatisfying(MailboxException.class,
                e -> assertThat(e.code()).isEqualTo(ImapErrorCode.SERVER_UNREACHABLE))
                .hasMessageContaining("127.0.0.1:" + closedPort);
        assertThat(tickets.calls()).isZero();
    }
}
