package dev.errdex.triage.ticket;

import dev.errdex.triage.ticket.internal.CheckpointEntity;
import dev.errdex.triage.ticket.internal.QuarantineEntity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The service's IMAP channel against GreenMail: mail delivered becomes tickets exactly once, and is flagged. */
@QuarkusTest
@TestProfile(MailboxChannelTest.WithMailbox.class)
class MailboxChannelTest extends TicketTest {

    /** Starts GreenMail and points errdex.imap.* at it. */
    public static class WithMailbox implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(GreenMailImap.class));
        }
    }

    @Inject
    MailboxChannel channel;

    @Test
    void deliveredMailBecomesOneTicketEachAndIsFlagged() throws Exception {
        assertThat(channel.poller()).isPresent();
        GreenMailImap.deliver(Mails.fixture("explicit-code.eml", "id", "imap-1", "n", "I1"));
        GreenMailImap.deliver(Mails.fixture("explicit-code.eml", "id", "imap-2", "n", "I2"));
        // the same email a second time (a forward of the copy, a re-sent upload): no second ticket
        GreenMailImap.deliver(Mails.fixture("explicit-code.eml", "id", "imap-1", "n", "I1"));
        GreenMailImap.deliver(Mails.fixture("reply.eml", "id", "imap-3", "parent", "imap-1"));
        GreenMailImap.deliver(new byte[] {'\r', '\n', 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 0, 0, 0, 1, 2, 3});

        await(() -> GreenMailImap.messages().stream().allMatch(m ->
                GreenMailImap.hasKeyword(m, "$ErrdexProcessed") || GreenMailImap.hasKeyword(m, "$ErrdexQuarantined")));

        assertThat(tables.tickets()).isEqualTo(2);
        assertThat(tables.messages()).isEqualTo(3);
        assertThat(GreenMailImap.messages()).filteredOn(m -> GreenMailImap.hasKeyword(m, "$ErrdexProcessed"))
                .hasSize(4);
        assertThat(GreenMailImap.messages()).filteredOn(m -> GreenMailImap.hasKeyword(m, "$ErrdexQuarantined"))
                .hasSize(1);
        Ticket first = tickets.list(new TicketFilter(null, null, null, "I1"), 5, null).edges().get(0).node();
        assertThat(first.messages()).hasSize(2);
        assertThat(first.messages().get(0).channel()).isEqualTo(Channel.IMAP);
        assertThat(first.messages().get(0).sourceRef()).contains("INBOX").contains("UID=");
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(QuarantineEntity.<QuarantineEntity>listAll()).singleElement()
                    .satisfies(q -> assertThat(q.errorCode).isEqualTo("ERR_ERRDEX_1289"));
            assertThat(CheckpointEntity.<CheckpointEntity>listAll()).singleElement()
                    .satisfies(c -> assertThat(c.lastUid).isEqualTo(5));
        });
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not reached within 60 s");
            }
            Thread.sleep(50);
        }
    }
}
