package dev.errdex.triage.ticket;

import dev.errdex.triage.ticket.IngestResult.Outcome;
import dev.errdex.triage.ticket.TicketAnnotation.Review;
import dev.errdex.triage.ticket.TicketAnnotation.Source;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@QuarkusTest
class TicketServiceTest extends TicketTest {

    @Inject
    AnnotatedEvents events;

    @BeforeEach
    void noEvents() {
        events.clear();
    }

    @Test
    void storesAnEmailAsAnAnnotatedTicketWithTheRemediation() {
        IngestResult r = tickets.ingest(Mails.fixture("explicit-code.eml", "id", "a1", "n", "1"), Channel.WEBHOOK,
                "upload");

        assertThat(r.outcome()).isEqualTo(Outcome.CREATED);
        Ticket t = r.ticket();
        assertThat(t.state()).isEqualTo(TicketState.ANNOTATED);
        assertThat(t.subject()).isEqualTo("Tunnel broken since this morning 1");
        assertThat(t.requester()).isEqualTo("ana@customer.test");
        TicketMessage m = t.messages().get(0);
        assertThat(m.messageId()).isEqualTo("<a1@mail.customer.test>");
        assertThat(m.from()).isEqualTo("Ana Lima <ana@customer.test>");
        assertThat(m.to()).containsExactly("Support <support@errdex.test>");
        assertThat(m.cc()).containsExactly("ops@customer.test");
        assertThat(m.sentAt()).isNotNull();
        assertThat(m.receivedAt()).isNotNull();
        assertThat(m.channel()).isEqualTo(Channel.WEBHOOK);
        assertThat(m.contentHash()).hasSize(64);
        assertThat(m.text()).contains("every request through our tunnel");
        TicketAnnotation a = t.annotations().get(0);
        assertThat(a.code()).isEqualTo("ERR_NGROK_8012");
        assertThat(a.source()).isEqualTo(Source.EXPLICIT);
        assertThat(a.confidence()).isEqualTo(1.0);
        assertThat(a.attach()).isTrue();
        assertThat(a.evidence()).contains("ERR_NGROK_8012");
        assertThat(a.remediationMarkdown()).isNotBlank();
        assertThat(a.remediationText()).isNotBlank();
        assertThat(a.docsUrl()).isEqualTo("https://ngrok.com/docs/errors/err_ngrok_8012/");
        assertThat(a.catalogRevision()).isPositive();
        assertThat(a.review()).isEqualTo(Review.PROPOSED);
    }

    @Test
    void theSameEmailTwiceThroughTwoChannelsIsOneTicket() {
        byte[] raw = Mails.fixture("explicit-code.eml", "id", "twice", "n", "2");
        IngestResult first = tickets.ingest(raw, Channel.IMAP, "box;UID=1");
        IngestResult second = tickets.ingest(raw, Channel.WEBHOOK, null);

        assertThat(second.outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(second.ticket().id()).isEqualTo(first.ticket().id());
        assertThat(tables.tickets()).isEqualTo(1);
        assertThat(tables.messages()).isEqualTo(1);
    }

    @Test
    void messageIdsDifferingOnlyInBracketsSpaceAndDomainCaseAreTheSameEmail() {
        tickets.ingest(Mails.fixture("explicit-code.eml", "id", "Case", "n", "3"), Channel.IMAP, null);
        byte[] respelled = new String(Mails.fixture("explicit-code.eml", "id", "Case", "n", "3"))
                .replace("<Case@mail.customer.test>", "  <Case@MAIL.Customer.TEST> ").getBytes();

        assertThat(tickets.ingest(respelled, Channel.WEBHOOK, null).outcome()).isEqualTo(Outcome.DUPLICATE);
    }

    @Test
    void anEmailWithoutMessageIdIsRecognisedByItsContent() {
        IngestResult first = tickets.ingest(Mails.fixture("no-message-id.eml"), Channel.FILE, "a.eml");
        byte[] relayed = ("Received: from relay.test by mx.test; Thu, 26 Nov 2026 09:01:00 +0000\r\n"
                + new String(Mails.fixture("no-message-id.eml"))).getBytes();
        IngestResult second = tickets.ingest(relayed, Channel.IMAP, null);

        assertThat(first.outcome()).isEqualTo(Outcome.CREATED);
        assertThat(second.outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(second.ticket().id()).isEqualTo(first.ticket().id());
    }

    @Test
    void aReplyJoinsTheTicketOfItsThreadAsASecondMessage() {
        IngestResult root = tickets.ingest(Mails.fixture("explicit-code.eml", "id", "root", "n", "4"),
                Channel.IMAP, null);
        IngestResult reply = tickets.ingest(Mails.fixture("reply.eml", "id", "re1", "parent", "root"),
                Channel.IMAP, null);

        assertThat(reply.outcome()).isEqualTo(Outcome.APPENDED);
        assertThat(reply.ticket().id()).isEqualTo(root.ticket().id());
        assertThat(reply.ticket().messages()).extracting(TicketMessage::messageId)
                .containsExactly("<root@mail.customer.test>", "<re1@mail.customer.test>");
        assertThat(reply.ticket().annotations()).extracting(TicketAnnotation::code)
                .containsExactly("ERR_NGROK_8012", "ERR_NGROK_4018");
        assertThat(tables.tickets()).isEqualTo(1);
    }

    @Test
    void anUnreadableEmailIsRejectedWithItsReasonAndNothingIsWritten() throws IOException {
        byte[] binary;
        try (InputStream in = getClass().getResourceAsStream("/tickets/not-a-mail.bin")) {
            binary = in.readAllBytes();
        }
        IngestResult r = tickets.ingest(binary, Channel.WEBHOOK, null);

        assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(r.errorCode()).isEqualTo("ERR_ERRDEX_1209");
        assertThat(r.reason()).isNotBlank();
        assertThat(r.ticket()).isNull();
        assertThat(tables.tickets()).isZero();
        assertThat(tables.messages()).isZero();
        assertThat(tables.rawMessages()).isZero();
    }

    @Test
    void anEmailWithNothingConfidentNeedsAHuman() {
        IngestResult r = tickets.ingest(Mails.fixture("vague.eml", "id", "vague1", "subject", "Question",
                "body", "Our quarterly bakery inventory spreadsheet lists fewer croissants than last winter."),
                Channel.WEBHOOK, null);

        assertThat(r.ticket().state()).isEqualTo(TicketState.NEEDS_HUMAN);
        assertThat(r.ticket().annotations()).noneMatch(TicketAnnotation::attach);
    }

    @Test
    void ticketAnnotatedIsFiredOnceAfterTheTicketCommitted() {
        IngestResult r = tickets.ingest(Mails.fixture("explicit-code.eml", "id", "ev", "n", "5"), Channel.IMAP,
                null);
        tickets.ingest(Mails.fixture("explicit-code.eml", "id", "ev", "n", "5"), Channel.IMAP, null);

        assertThat(events.seen()).hasSize(1);
        AnnotatedEvents.Seen seen = events.seen().get(0);
        assertThat(seen.committed()).isTrue();
        TicketAnnotated e = seen.event();
        assertThat(e.ticketId()).isEqualTo(r.ticket().id());
        assertThat(e.messageId()).isEqualTo("<ev@mail.customer.test>");
        assertThat(e.from()).isEqualTo("ana@customer.test");
        assertThat(e.state()).isEqualTo("ANNOTATED");
        assertThat(e.annotations()).singleElement().satisfies(a -> {
            assertThat(a.code()).isEqualTo("ERR_NGROK_8012");
            assertThat(a.source()).isEqualTo("EXPLICIT");
            assertThat(a.attach()).isTrue();
            assertThat(a.remediationMarkdown()).isNotBlank();
            assertThat(a.catalogRevision()).isPositive();
        });
    }

    @Test
    void confirmCorrectAndRejectChangeTheStateAndKeepTheHistory() {
        String id = tickets.ingest(Mails.fixture("explicit-code.eml", "id", "fb", "n", "6"), Channel.IMAP, null)
                .ticket().id();
        tickets.ingest(Mails.fixture("reply.eml", "id", "fb-re", "parent", "fb"), Channel.IMAP, null);

        Ticket rejected = tickets.reject(id, "ERR_NGROK_4018", "key:agent-1", "not about auth");
        assertThat(rejected.state()).isEqualTo(TicketState.ANNOTATED);
        Ticket confirmed = tickets.confirm(id, "err-ngrok-8012", "key:agent-1", null);
        assertThat(confirmed.state()).isEqualTo(TicketState.CONFIRMED);
        Ticket corrected = tickets.correct(id, "ERR_NGROK_8012", "ERR_NGROK_3200", "key:agent-2", "offline");
        assertThat(corrected.state()).isEqualTo(TicketState.CORRECTED);

        assertThat(corrected.annotations()).extracting(TicketAnnotation::code, TicketAnnotation::review,
                        TicketAnnotation::replacedBy)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ERR_NGROK_8012", Review.CORRECTED, "ERR_NGROK_3200"),
                        org.assertj.core.groups.Tuple.tuple("ERR_NGROK_4018", Review.REJECTED, null),
                        org.assertj.core.groups.Tuple.tuple("ERR_NGROK_3200", Review.CONFIRMED, null));
        assertThat(corrected.annotations().get(2).source()).isEqualTo(Source.PERSON);
        assertThat(corrected.annotations().get(2).reviewedBy()).isEqualTo("key:agent-2");
        assertThat(corrected.feedback()).extracting(TicketFeedback::action, TicketFeedback::by)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(TicketFeedback.Action.REJECT, "key:agent-1"),
                        org.assertj.core.groups.Tuple.tuple(TicketFeedback.Action.CONFIRM, "key:agent-1"),
                        org.assertj.core.groups.Tuple.tuple(TicketFeedback.Action.CORRECT, "key:agent-2"));
        assertThat(corrected.feedback()).allSatisfy(f -> assertThat(f.at()).isNotNull());
        assertThat(corrected.feedback().get(0).note()).isEqualTo("not about auth");
    }

    @Test
    void rejectingEveryCodeRejectsTheTicket() {
        String id = tickets.ingest(Mails.fixture("explicit-code.eml", "id", "rj", "n", "7"), Channel.IMAP, null)
                .ticket().id();

        assertThat(tickets.reject(id, "ERR_NGROK_8012", "key:a", null).state()).isEqualTo(TicketState.REJECTED);
    }

    @Test
    void feedbackRefusesUnknownTicketsCodesAndAnnotations() {
        String id = tickets.ingest(Mails.fixture("explicit-code.eml", "id", "bad", "n", "8"), Channel.IMAP, null)
                .ticket().id();

        assertThatThrownBy(() -> tickets.confirm("999999", "ERR_NGROK_8012", "k", null))
                .isInstanceOfSatisfying(TicketException.class,
                        e -> assertThat(e.error()).isEqualTo(TicketErrorCode.TICKET_NOT_FOUND));
        assertThatThrownBy(() -> tickets.confirm(id, "ERR_NGROK_3200", "k", null))
                .isInstanceOfSatisfying(TicketException.class,
                        e -> assertThat(e.error()).isEqualTo(TicketErrorCode.ANNOTATION_NOT_FOUND));
        assertThatThrownBy(() -> tickets.correct(id, "ERR_NGROK_8012", "ERR_NGROK_99999", "k", null))
                .isInstanceOfSatisfying(TicketException.class,
                        e -> assertThat(e.error()).isEqualTo(TicketErrorCode.UNKNOWN_CODE));
    }

    @Test
    void listsTicketsNewestFirstWithFilterCursorAndTotal() {
        for (int n = 1; n <= 3; n++) {
            tickets.ingest(Mails.fixture("explicit-code.eml", "id", "list" + n, "n", "L" + n), Channel.IMAP, null);
        }
        tickets.ingest(Mails.fixture("no-message-id.eml"), Channel.IMAP, null);

        TicketPage first = tickets.list(new TicketFilter(null, "8012", null, null), 2, null);
        assertThat(first.totalCount()).isEqualTo(3);
        assertThat(first.edges()).extracting(e -> e.node().subject())
                .containsExactly("Tunnel broken since this morning L3", "Tunnel broken since this morning L2");
        assertThat(first.hasNextPage()).isTrue();
        TicketPage second = tickets.list(new TicketFilter(null, "8012", null, null), 2, first.endCursor());
        assertThat(second.edges()).extracting(e -> e.node().subject())
                .containsExactly("Tunnel broken since this morning L1");
        assertThat(second.hasNextPage()).isFalse();
        assertThat(tickets.list(new TicketFilter(TicketState.ANNOTATED, null, "bo@", null), null, null)
                .totalCount()).isEqualTo(1);
        assertThatThrownBy(() -> tickets.list(null, 5, "not-a-cursor"))
                .isInstanceOfSatisfying(TicketException.class,
                        e -> assertThat(e.error()).isEqualTo(TicketErrorCode.INVALID_ARGUMENT));
    }

    @Test
    void keepsTheOriginalBytesOfEveryEmailOfTheTicket() {
        byte[] first = Mails.fixture("explicit-code.eml", "id", "raw1", "n", "R1");
        byte[] reply = Mails.fixture("reply.eml", "id", "raw2", "parent", "raw1");
        String id = tickets.ingest(first, Channel.IMAP, null).ticket().id();
        tickets.ingest(reply, Channel.WEBHOOK, null);

        List<RawMessage> raw = tickets.rawMessages(id);

        assertThat(raw).extracting(RawMessage::messageId)
                .containsExactly("<raw1@mail.customer.test>", "<raw2@mail.customer.test>");
        assertThat(raw.get(0).content()).isEqualTo(first);
        assertThat(raw.get(1).content()).isEqualTo(reply);
        assertThat(raw.get(1).sizeBytes()).isEqualTo(reply.length);
        assertThat(raw.get(0).sha256()).hasSize(64).isNotEqualTo(raw.get(1).sha256());
        assertThatThrownBy(() -> tickets.rawMessages("999999")).isInstanceOfSatisfying(TicketException.class,
                e -> assertThat(e.error()).isEqualTo(TicketErrorCode.TICKET_NOT_FOUND));
    }

    @Test
    void aReplyStoredBeforeItsParentStillMakesOneTicket() {
        IngestResult reply = tickets.ingest(Mails.fixture("reply.eml", "id", "early", "parent", "late"),
                Channel.IMAP, null);
        IngestResult parent = tickets.ingest(Mails.fixture("explicit-code.eml", "id", "late", "n", "L"),
                Channel.IMAP, null);

        assertThat(parent.outcome()).isEqualTo(Outcome.APPENDED);
        assertThat(parent.ticket().id()).isEqualTo(reply.ticket().id());
        assertThat(tables.tickets()).isEqualTo(1);
    }

    @Test
    void theTicketIngestAnswersWithIsTheTicketAsStored() {
        IngestResult created = tickets.ingest(Mails.fixture("explicit-code.eml", "id", "same1", "n", "S1"),
                Channel.IMAP, "box;UID=7");
        assertThat(created.ticket()).isEqualTo(tickets.find(created.ticket().id()).orElseThrow());

        IngestResult appended = tickets.ingest(Mails.fixture("reply.eml", "id", "same2", "parent", "same1"),
                Channel.WEBHOOK, null);
        assertThat(appended.ticket()).isEqualTo(tickets.find(appended.ticket().id()).orElseThrow());
    }
}
