package dev.errdex.triage.outbound;

import dev.errdex.triage.outbound.internal.MarkdownHtml;
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
    void rendersMarkdownWithEverythingEscaped() {
        String html = MarkdownHtml.render("""
                ## Fix <b>now</b>

                1. Run `ngrok http 80 && echo "<ok>"`.
                2. Read [the docs](https://ngrok.com/docs?a=1&b=2) or [this](javascript:alert(1)).

                - **bold** item
                <script>alert('x')</script>
                ```
                <pre> inside a fence
                ```
                """);

        assertThat(html).contains("<h4>Fix &lt;b&gt;now&lt;/b&gt;</h4>")
                .contains("<ol>\n<li>Run <code>ngrok http 80 &amp;&amp; echo &quot;&lt;ok&gt;&quot;</code>.</li>")
                .contains("<a href=\"https://ngrok.com/docs?a=1&amp;b=2\">the docs</a>")
                .contains("[this](javascript:alert(1))")
                .contains("<ul>\n<li><strong>bold</strong> item</li>\n</ul>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .contains("<pre>&lt;pre&gt; inside a fence\n</pre>")
                .doesNotContain("<script>").doesNotContain("href=\"javascript");
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
