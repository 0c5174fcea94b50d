package dev.errdex.triage.ticket;

import dev.errdex.triage.inbound.imap.HandleOutcome;
import dev.errdex.triage.inbound.imap.InboundMessage;
import dev.errdex.triage.inbound.imap.MailboxCheckpoint;
import dev.errdex.triage.inbound.imap.QuarantinedMessage;
import dev.errdex.triage.ticket.internal.DbCheckpointStore;
import dev.errdex.triage.ticket.internal.QuarantineEntity;
import dev.errdex.triage.ticket.internal.QuarantineLog;
import dev.errdex.triage.ticket.internal.TicketIntake;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The IMAP channel's records in the database and the handler's answers, without a mail server. */
@QuarkusTest
class MailboxRecordsTest extends TicketTest {

    @Inject
    DbCheckpointStore checkpoints;

    @Inject
    QuarantineLog quarantine;

    @Inject
    TicketIntake intake;

    @Test
    void aCheckpointIsSavedAndReplacedPerMailbox() {
        assertThat(checkpoints.load("a@h/INBOX")).isEmpty();
        checkpoints.save(new MailboxCheckpoint("a@h/INBOX", 7, 10));
        checkpoints.save(new MailboxCheckpoint("a@h/INBOX", 7, 25));
        checkpoints.save(new MailboxCheckpoint("b@h/INBOX", 9, 3));

        assertThat(checkpoints.load("a@h/INBOX")).contains(new MailboxCheckpoint("a@h/INBOX", 7, 25));
        assertThat(checkpoints.load("b@h/INBOX")).contains(new MailboxCheckpoint("b@h/INBOX", 9, 3));
    }

    @Test
    void recordingTheSameQuarantinedMessageTwiceKeepsOneRecord() {
        QuarantinedMessage q = new QuarantinedMessage("a@h/INBOX", 7, 12, 300, "ERR_ERRDEX_1289", "unreadable",
                Instant.now());
        quarantine.record(q);
        quarantine.record(q);

        QuarkusTransaction.requiringNew().run(() -> assertThat(QuarantineEntity.<QuarantineEntity>listAll())
                .singleElement().satisfies(e -> {
                    assertThat(e.reference).isEqualTo(q.reference());
                    assertThat(e.reason).isEqualTo("unreadable");
                }));
    }

    @Test
    void theHandlerAnswersCommittedThenDuplicateThenRejected() {
        byte[] raw = Mails.fixture("explicit-code.eml", "id", "intake", "n", "K");
        HandleOutcome first = intake.handle(new InboundMessage("a@h/INBOX", "INBOX", 7, 1, raw));
        HandleOutcome again = intake.handle(new InboundMessage("a@h/INBOX", "INBOX", 8, 1, raw));
        HandleOutcome bad = intake.handle(new InboundMessage("a@h/INBOX", "INBOX", 8, 2, new byte[0]));

        assertThat(first.kind()).isEqualTo(HandleOutcome.Kind.COMMITTED);
        assertThat(again.kind()).isEqualTo(HandleOutcome.Kind.DUPLICATE);
        assertThat(again.ticketId()).isEqualTo(first.ticketId());
        assertThat(bad.kind()).isEqualTo(HandleOutcome.Kind.REJECTED);
        assertThat(bad.reason()).startsWith("ERR_ERRDEX_1200");
        assertThat(tickets.find(first.ticketId()).orElseThrow().messages().get(0).sourceRef())
                .isEqualTo("a@h/INBOX;UIDVALIDITY=7;UID=1");
    }
}
