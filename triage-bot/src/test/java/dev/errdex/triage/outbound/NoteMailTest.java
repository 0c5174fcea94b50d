package dev.errdex.triage.outbound;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.errdex.triage.outbound.OutboundFixtures.NOW;
import static dev.errdex.triage.outbound.OutboundFixtures.attached;
import static dev.errdex.triage.outbound.OutboundFixtures.event;
import static org.assertj.core.api.Assertions.assertThat;

class NoteMailTest {

    @Test
    void subjectIsOneReplyLineWithTheCodes() {
        RemediationNote note = RemediationNote.of(new dev.errdex.triage.ticket.TicketAnnotated("t", "<m@x>",
                "RE: down\r\nBcc: victim@example.com", "c@example.com", "ANNOTATED",
                List.of(attached("ERR_NGROK_3200", 1)), NOW), NoteTarget.EMAIL);

        NoteMail mail = NoteMail.forAgents(note, List.of("agents@example.net"));

        assertThat(mail.subject()).isEqualTo("RE: down Bcc: victim@example.com [errdex: ERR_NGROK_3200]");
        assertThat(mail.inReplyTo()).isEqualTo("<m@x>");
        assertThat(mail.references()).isEqualTo("<m@x>");
    }

    @Test
    void addsReToASubjectWithoutOneAndNamesAMissingSubject() {
        assertThat(NoteMail.reply("Tunnel down")).isEqualTo("Re: Tunnel down");
        assertThat(NoteMail.reply(null)).isEqualTo("Re: (no subject)");
    }

    @Test
    void leavesThreadingOutWhenTheCustomerMailHadNoMessageId() {
        RemediationNote note = RemediationNote.of(new dev.errdex.triage.ticket.TicketAnnotated("t", null, "s",
                "c@example.com", "ANNOTATED", List.of(attached("ERR_NGROK_3200", 1)), NOW), NoteTarget.EMAIL);
        assertThat(NoteMail.forAgents(note, List.of("a@example.net")).inReplyTo()).isNull();
    }

    @Test
    void theCustomerReplyCarriesNoInternalFigures() {
        RemediationNote note = RemediationNote.of(event("IMAP", NOW, "c@example.com",
                attached("ERR_NGROK_3200", 7)), NoteTarget.CUSTOMER_REPLY);
        NoteMail reply = NoteMail.forCustomer(note, "c@example.com");
        assertThat(reply.subject()).isEqualTo("Re: Tunnel down");
        assertThat(reply.text()).contains("Restart the agent").doesNotContain("confidence")
                .doesNotContain("revision").doesNotContain("seen");
    }
}
