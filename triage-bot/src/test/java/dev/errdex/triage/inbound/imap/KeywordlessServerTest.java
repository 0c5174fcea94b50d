package dev.errdex.triage.inbound.imap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.icegreen.greenmail.store.StoredMessage;
import jakarta.mail.Flags;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The channel against a real IMAP server (GreenMail) that announces no custom keywords (PERMANENTFLAGS without
 * {@code \*}, through {@link KeywordlessImapProxy}): processed mail is marked \Seen, refused mail \Flagged, no keyword
 * is set, and progress rests on the checkpoint and the ticket store's deduplication.
 */
class KeywordlessServerTest extends GreenMailPollerTestBase {

    private KeywordlessImapProxy proxy;

    @BeforeEach
    void proxy() throws Exception {
        proxy = new KeywordlessImapProxy(greenMail.getImap().getPort());
    }

    @AfterEach
    void closeProxy() throws Exception {
        proxy.close();
    }

    @Test
    void marksProcessedMailSeenAndRefusedMailFlaggedAndResumesFromTheCheckpoint() {
        inbox.deliverCases(1, 3);
        long readByAPerson = inbox.deliver(GreenMailMailbox.fixture("support-mail.eml").replace("{n}", "4")
                .getBytes(StandardCharsets.UTF_8), new Flags(Flags.Flag.SEEN));
        long junk = inbox.deliver(GreenMailMailbox.fixture("not-a-mail.eml").getBytes(StandardCharsets.UTF_8),
                new Flags());
        MailboxPoller poller = poller(inbox.settings().port(proxy.port()).build());

        PollReport first = poller.pollOnce();

        assertThat(proxy.rewrittenLines()).isNotEmpty().allSatisfy(l -> assertThat(l).doesNotContain("\\*"));
        assertThat(first.committed()).isEqualTo(4);
        assertThat(first.quarantined()).isEqualTo(1);
        for (StoredMessage m : inbox.messages()) {
            assertThat(m.getFlags().getUserFlags()).as("keywords of UID %d", m.getUid()).isEmpty();
            boolean refused = m.getUid() == junk;
            assertThat(m.getFlags().contains(Flags.Flag.SEEN)).as("\\Seen on UID %d", m.getUid()).isEqualTo(!refused);
            assertThat(m.getFlags().contains(Flags.Flag.FLAGGED)).as("\\Flagged on UID %d", m.getUid())
                    .isEqualTo(refused);
        }
        assertThat(tickets.hasTicket(4)).as("a message a person had read is still taken").isTrue();
        assertThat(inbox.byUid(readByAPerson).getFlags().contains(Flags.Flag.SEEN)).isTrue();

        // the checkpoint, not the flags, says where to resume: nothing is offered again
        int offered = tickets.calls();
        PollReport second = poller.pollOnce();
        assertThat(second.handled()).isZero();
        assertThat(tickets.calls()).isEqualTo(offered);

        // a lost checkpoint: everything is offered again, and the store answers DUPLICATE; still one ticket each
        checkpoints.save(new MailboxCheckpoint(poller.settings().mailboxKey(), inbox.uidValidity(), 0));
        PollReport rescan = poller.pollOnce();
        assertThat(rescan.duplicates()).isEqualTo(4);
        assertThat(rescan.committed()).isZero();
        assertThat(tickets.ticketCount()).isEqualTo(4);
    }
}
