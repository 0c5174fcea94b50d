package dev.errdex.api.outbound;

import dev.errdex.triage.outbound.DeliveryStatus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errdex.triage.ticket.TicketAnnotated;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Notes to a real HTTP helpdesk and a real SMTP server (GreenMail), driven by the TicketAnnotated event. */
@QuarkusTest
class OutboundDeliveryTest extends OutboundTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void retriesTheHelpdeskUntilItAcceptsAndRecordsExactlyOneNote() throws Exception {
        helpdesk.failNext(2);
        TicketAnnotated ticket = TicketEvents.ticket("IMAP", Instant.now());

        events.fireCommitted(ticket);
        events.fireCommitted(ticket);
        events.fireWithoutTransaction(ticket);
        List<DeliveryStatus> notes = drain(ticket.ticketId());

        assertThat(notes).filteredOn(d -> d.target().equals("HELPDESK")).singleElement()
                .satisfies(d -> {
                    assertThat(d.state()).isEqualTo("DELIVERED");
                    assertThat(d.attempts()).isEqualTo(3);
                    assertThat(d.lastError()).contains("ERR_ERRDEX_1261").contains("HTTP 503");
                });
        assertThat(helpdesk.requests()).hasSize(3)
                .extracting(HelpdeskReceiver.Request::idempotencyKey).containsOnly(notes.stream()
                        .filter(d -> d.target().equals("HELPDESK")).findFirst().orElseThrow().idempotencyKey());
        assertThat(helpdesk.requests()).allSatisfy(r -> {
            assertThat(r.authorization()).isEqualTo("Bearer " + OutboundReceivers.HELPDESK_SECRET);
            assertThat(r.contentType()).startsWith("application/json");
        });
        assertThat(helpdesk.notes()).hasSize(1);

        JsonNode note = JSON.readTree(helpdesk.notes().values().iterator().next());
        assertThat(note.get("type").asText()).isEqualTo("errdex.internal-note");
        assertThat(note.get("ticketId").asText()).isEqualTo(ticket.ticketId());
        assertThat(note.get("messageId").asText()).isEqualTo(ticket.messageId());
        assertThat(note.get("subject").asText()).isEqualTo("Tunnel down <script>");
        JsonNode first = note.get("codes").get(0);
        assertThat(first.get("code").asText()).isEqualTo("ERR_NGROK_3200");
        assertThat(first.get("confidence").asDouble()).isEqualTo(0.98);
        assertThat(first.get("remediationMarkdown").asText()).startsWith("## Fix");
        assertThat(first.get("remediationText").asText()).contains("start the agent");
        assertThat(first.get("docsUrl").asText()).isEqualTo("https://ngrok.com/docs/errors/err_ngrok_3200");
        assertThat(first.get("catalogRevision").asLong()).isEqualTo(3);
        assertThat(note.get("codes").get(1).get("code").asText()).isEqualTo("ERR_NGROK_108");
    }

    @Test
    void aRetryAfterALostAnswerDoesNotDuplicateTheNote() throws Exception {
        helpdesk.loseNextResponses(1);
        TicketAnnotated ticket = TicketEvents.ticket("WEBHOOK", Instant.now());

        events.fireCommitted(ticket);
        drain(ticket.ticketId());

        assertThat(helpdesk.requests()).hasSize(2);
        assertThat(helpdesk.notes()).hasSize(1);
    }

    @Test
    void aHelpdeskThatAlwaysFailsLeavesADeadLetterWithTheReason() throws Exception {
        helpdesk.failNext(Integer.MAX_VALUE);
        TicketAnnotated ticket = TicketEvents.ticket("IMAP", Instant.now());

        events.fireCommitted(ticket);
        List<DeliveryStatus> notes = drain(ticket.ticketId());

        assertThat(notes).filteredOn(d -> d.target().equals("HELPDESK")).singleElement()
                .satisfies(d -> assertThat(d.state()).isEqualTo("DEAD"));
        assertThat(outbox.deadLetters(ticket.ticketId())).singleElement().satisfies(dead -> {
            assertThat(dead.target()).isEqualTo("HELPDESK");
            assertThat(dead.attempts()).isEqualTo(3);
            assertThat(dead.reason()).startsWith("ERR_ERRDEX_1263").contains("HTTP 503");
        });
        assertThat(helpdesk.requests()).hasSize(3);
        assertThat(helpdesk.notes()).isEmpty();

        dispatcher.processDue();
        assertThat(helpdesk.requests()).as("a dead note is not tried again").hasSize(3);
    }

    @Test
    void aDeadNoteQueuedAgainByHandIsDeliveredOnce() throws Exception {
        helpdesk.refuseWith(401);
        TicketAnnotated ticket = TicketEvents.ticket("IMAP", Instant.now());
        events.fireCommitted(ticket);
        DeliveryStatus dead = drain(ticket.ticketId()).stream().filter(d -> d.target().equals("HELPDESK"))
                .findFirst().orElseThrow();
        helpdesk.refuseWith(0);

        assertThat(outbox.requeue(dead.id(), Instant.now())).isTrue();
        assertThat(outbox.requeue(dead.id(), Instant.now())).as("only a dead note can be queued again").isFalse();
        drain(ticket.ticketId());

        assertThat(outbox.deliveries(ticket.ticketId())).filteredOn(d -> d.id() == dead.id()).singleElement()
                .satisfies(d -> assertThat(d.state()).isEqualTo("DELIVERED"));
        assertThat(helpdesk.notes()).hasSize(1);
        assertThat(outbox.deadLetters(ticket.ticketId())).hasSize(1);
    }

    @Test
    void aNoteTheHelpdeskRefusesIsDeadLetteredWithoutRetrying() throws Exception {
        helpdesk.refuseWith(422);
        TicketAnnotated ticket = TicketEvents.ticket("IMAP", Instant.now());

        events.fireCommitted(ticket);
        drain(ticket.ticketId());

        assertThat(helpdesk.requests()).hasSize(1);
        assertThat(outbox.deadLetters(ticket.ticketId())).singleElement()
                .satisfies(dead -> assertThat(dead.reason()).contains("ERR_ERRDEX_1260").contains("HTTP 422"));
    }

    @Test
    void mailsTheAgentsOneNoteThreadedIntoTheCustomersConversation() throws Exception {
        TicketAnnotated ticket = TicketEvents.ticket("IMAP", Instant.now());

        events.fireCommitted(ticket);
        events.fireCommitted(ticket);
        drain(ticket.ticketId());

        MimeMessage[] received = OutboundReceivers.smtp().getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(addresses(mail.getRecipients(Message.RecipientType.TO))).containsExactly(OutboundReceivers.AGENTS);
        assertThat(addresses(mail.getAllRecipients())).containsExactly(OutboundReceivers.AGENTS);
        assertThat(mail.getHeader("In-Reply-To")).containsExactly(ticket.messageId());
        assertThat(mail.getHeader("References")).containsExactly(ticket.messageId());
        assertThat(mail.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(mail.getSubject())
                .isEqualTo("Re: Tunnel down <script> [errdex: ERR_NGROK_3200, ERR_NGROK_108]");
        assertThat(part(mail, "text/plain"))
                .contains("ERR_NGROK_3200", "start the agent (ngrok http 80)",
                        "https://ngrok.com/docs/errors/err_ngrok_3200", "catalog revision 3");
        assertThat(part(mail, "text/html"))
                .contains("<li>Start the agent with <code>ngrok http 80</code>.</li>", "<strong>endpoint</strong>",
                        "&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>");
    }

    @Test
    void sendsNothingToTheCustomerWhenRepliesAreOff() throws Exception {
        TicketAnnotated ticket = TicketEvents.ticket("IMAP", Instant.now());

        events.fireCommitted(ticket);
        List<DeliveryStatus> notes = drain(ticket.ticketId());

        assertThat(notes).extracting(DeliveryStatus::target).containsExactlyInAnyOrder("HELPDESK", "EMAIL");
        assertThat(OutboundReceivers.smtp().getReceivedMessagesForDomain("example.com")).isEmpty();
        for (MimeMessage m : OutboundReceivers.smtp().getReceivedMessages()) {
            assertThat(addresses(m.getAllRecipients())).doesNotContain(TicketEvents.CUSTOMER);
        }
    }

    @Test
    void queuesNothingWhenTheTicketTransactionRollsBack() throws Exception {
        TicketAnnotated ticket = TicketEvents.ticket("IMAP", Instant.now());

        try {
            events.fireRolledBack(ticket);
        } catch (RuntimeException expected) {
            // the rollback surfaces as an exception of the transaction interceptor
        }

        assertThat(outbox.deliveries(ticket.ticketId())).isEmpty();
    }

    @Test
    void queuesNothingForATicketWithoutAnnotations() {
        TicketAnnotated empty = new TicketAnnotated("t-empty-" + System.nanoTime(), "<e@x>", "hi",
                TicketEvents.CUSTOMER, "NEEDS_HUMAN", List.of(), Instant.now(), Instant.now(), "IMAP");

        events.fireCommitted(empty);

        assertThat(outbox.deliveries(empty.ticketId())).isEmpty();
    }

    @Test
    void sendsAgainANoteLeftReservedByASenderThatDied() throws Exception {
        TicketAnnotated ticket = TicketEvents.ticket("IMAP", Instant.now());
        events.fireCommitted(ticket);
        DeliveryStatus queued = outbox.deliveries(ticket.ticketId()).get(0);
        // a sender reserves the note and dies before recording anything: its lease runs out at once
        assertThat(outbox.claim(queued.id(), Instant.now(), Duration.ZERO)).isPresent();

        List<DeliveryStatus> notes = drain(ticket.ticketId());

        assertThat(notes).filteredOn(d -> d.id() == queued.id()).singleElement().satisfies(d -> {
            assertThat(d.state()).isEqualTo("DELIVERED");
            assertThat(d.attempts()).isEqualTo(2);
        });
    }

    @Test
    void theSchedulerSendsQueuedNotesWithoutBeingAsked() throws Exception {
        TicketAnnotated ticket = TicketEvents.ticket("IMAP", Instant.now());
        events.fireCommitted(ticket);

        scheduler.resume(OUTBOX_JOB);
        try {
            assertThat(settle(ticket.ticketId(), false)).hasSize(2)
                    .allSatisfy(d -> assertThat(d.state()).isEqualTo("DELIVERED"));
        } finally {
            scheduler.pause(OUTBOX_JOB);
        }
        assertThat(helpdesk.notes()).hasSize(1);
    }

    /** The text of the first part of this type, searched through the multiparts. */
    static String part(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = part(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    static List<String> addresses(Address[] addresses) {
        return addresses == null ? List.of() : Arrays.stream(addresses).map(Address::toString).toList();
    }
}
