package dev.errdex.api.outbound;

import dev.errdex.triage.outbound.DeliveryStatus;
import dev.errdex.triage.ticket.Channel;
import dev.errdex.triage.ticket.IngestResult;
import dev.errdex.triage.ticket.TicketErrorCode;
import dev.errdex.triage.ticket.TicketException;
import dev.errdex.triage.ticket.TicketService;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The ticket service writes the remediation notes of a ticket in the ticket's own transaction: both are stored, or
 * neither. Real ticket service, real outbox, real database (H2, and PostgreSQL with -Pdb-postgresql).
 */
@QuarkusTest
class TicketOutboxTest extends OutboundTestBase {

    @Inject
    TicketService tickets;

    @Inject
    FailingTicketListener failure;

    @AfterEach
    void disarm() {
        failure.disarm();
    }

    @Test
    void aStoredTicketHasItsNotesQueuedWhenIngestReturns() {
        String tag = UUID.randomUUID().toString();

        IngestResult r = tickets.ingest(mail(tag, "Tunnel down " + tag), Channel.IMAP, "test");

        assertThat(r.outcome()).isEqualTo(IngestResult.Outcome.CREATED);
        assertThat(outbox.deliveries(r.ticket().id())).extracting(DeliveryStatus::target)
                .containsExactlyInAnyOrder("HELPDESK", "EMAIL");
        assertThat(outbox.deliveries(r.ticket().id())).allMatch(d -> d.state().equals("PENDING"));
    }

    @Test
    void aFailureAfterTheTicketInsertRollsBackTheTicketAndItsNotes() {
        String tag = UUID.randomUUID().toString();
        byte[] raw = mail(tag, "Tunnel down [fail-" + tag + "]");
        failure.arm("[fail-" + tag + "]");

        assertThatThrownBy(() -> tickets.ingest(raw, Channel.IMAP, "test"))
                .isInstanceOfSatisfying(TicketException.class,
                        e -> assertThat(e.error()).isEqualTo(TicketErrorCode.STORE_LISTENER_FAILED));

        List<String> failed = failure.failedTickets();
        assertThat(failed).isNotEmpty();
        for (String id : failed) {
            assertThat(tickets.find(id)).as("ticket %s", id).isEmpty();
            assertThat(outbox.deliveries(id)).as("notes of ticket %s", id).isEmpty();
        }

        // the channel offers the email again once the fault is gone: one ticket, with its notes
        failure.disarm();
        IngestResult again = tickets.ingest(raw, Channel.IMAP, "test");
        assertThat(again.outcome()).isEqualTo(IngestResult.Outcome.CREATED);
        assertThat(outbox.deliveries(again.ticket().id())).hasSize(2);
    }

    private static byte[] mail(String tag, String subject) {
        return ("Message-ID: <" + tag + "@customer.example.org>\r\n"
                + "Date: Thu, 26 Nov 2026 10:15:00 +0000\r\n"
                + "From: Ana Lima <ana@customer.example.org>\r\n"
                + "To: support@errdex.test\r\n"
                + "Subject: " + subject + "\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n"
                + "\r\n"
                + "Every request through our tunnel ends with ERR_NGROK_8012 since this morning.\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
