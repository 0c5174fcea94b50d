package dev.errdex.triage.inbound.imap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Throughput of the channel alone (GreenMail in-process, the in-memory ticket double): 500 messages from a
 * backlog to flagged and checkpointed. Not a unit test (no Test suffix, Surefire skips it); run with
 * {@code ./mvnw -B -o -pl triage-bot -am test -Dtest=MailboxThroughputBench -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class MailboxThroughputBench {

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.IMAP.dynamicPort());

    @Test
    void backlogOf500() throws Exception {
        GreenMailMailbox inbox = GreenMailMailbox.inbox(greenMail);
        inbox.deliverCases(1, 500);
        for (int round = 1; round <= 3; round++) {
            TicketStoreDouble tickets = new TicketStoreDouble();
            CountDownLatch all = new CountDownLatch(500);
            tickets.onOffer(m -> all.countDown());
            inbox.messages().forEach(m -> m.setFlags(new jakarta.mail.Flags(MailboxSettings.DEFAULT_PROCESSED_FLAG),
                    false));
            MailboxPoller poller = new MailboxPoller(inbox.settings().pollInterval(Duration.ofMinutes(5)).build(),
                    tickets, new InMemoryCheckpointStore());
            long start = System.nanoTime();
            poller.start();
            assertThat(all.await(120, TimeUnit.SECONDS)).isTrue();
            Await.until("flags of all 500", () -> inbox.messages().stream().allMatch(m ->
                    GreenMailMailbox.hasKeyword(m, MailboxSettings.DEFAULT_PROCESSED_FLAG)), () -> "");
            long millis = (System.nanoTime() - start) / 1_000_000;
            poller.close();
            System.out.printf("round %d: 500 messages taken in %d ms (%.0f messages/s)%n", round, millis,
                    500_000.0 / millis);
        }
    }
}
