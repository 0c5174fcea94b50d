package dev.errdex.triage.mail;

import dev.errdex.catalog.testing.Fixtures;
import dev.errdex.triage.TriageErrorCode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailReaderTest {

    private final MailReader reader = new MailReader();

    private ReadableEmail read(String fixture) {
        return reader.read(Fixtures.bytes("mail/" + fixture));
    }

    @Test
    void readsHeadersThatMatterForTriage() {
        ReadableEmail email = read("reply-quoted.eml");
        assertThat(email.messageId()).isEqualTo("<reply-2@example.com>");
        assertThat(email.from()).isEqualTo(new Address("Tom", "tom@example.com"));
        assertThat(email.to()).containsExactly(new Address("Support", "support@example.net"));
        assertThat(email.subject()).isEqualTo("Re: tunnel stops");
        assertThat(email.date()).isEqualTo(Instant.parse("2026-02-04T07:15:00Z"));
        assertThat(email.inReplyTo()).isEqualTo("<reply-1@example.net>");
        assertThat(email.references()).containsExactly("<orig-0@example.com>", "<reply-1@example.net>");
    }

    @Test
    void readsCcListWithQuotedDisplayNames() {
        assertThat(read("outlook-reply.eml").cc())
                .containsExactly(new Address("Lee", "lee@example.com"), new Address("Kim, J.", "kim@example.com"));
    }

    @Test
    void decodesEncodedWordsInSubjectAndAddresses() {
        ReadableEmail email = read("encoded-subject.eml");
        assertThat(email.subject()).isEqualTo("Problema con autenticación(ngrok error 304)");
        assertThat(email.from().name()).isEqualTo("Lucía Fernández");
        assertThat(email.to().get(0).name()).isEqualTo("José");
        assertThat(email.parts().get(0).label()).isEqualTo("subject");
    }

    @Test
    void prefersPlainTextAlternative() {
        ReadableEmail email = read("alternative.eml");
        assertThat(email.parts()).extracting(TextPart::label).containsExactly("subject", "body");
        assertThat(email.part("body").orElseThrow().text()).startsWith("Plain version");
    }

    @Test
    void prefersHtmlAlternativeWhenPlainIsOnlyAStub() {
        ReadableEmail email = read("plain-stub-alternative.eml");
        assertThat(email.parts()).extracting(TextPart::label).containsExactly("subject", "html");
        assertThat(email.part("html").orElseThrow().text()).contains("ERR_NGROK_7171");
    }

    @Test
    void turnsHtmlIntoTextWithoutScriptsOrStyles() {
        TextPart html = read("html-only.eml").part("html").orElseThrow();
        assertThat(html.text())
                .contains("Hello & thanks,")
                .contains("10:03\tERR_NGROK_717")
                .doesNotContain("ERR_NGROK_999", "color: red", "Ignored title");
    }

    @Test
    void keepsLinkTargetsOfHtmlLinks() {
        assertThat(read("html-only.eml").part("html").orElseThrow().text())
                .contains("this page <https://ngrok.com/docs/errors/err_ngrok_715/>");
    }

    @Test
    void marksHtmlBlockquoteAndAttributionAsQuoted() {
        TextPart html = read("html-only.eml").part("html").orElseThrow();
        int attribution = html.lines().indexOf(html.lines().stream()
                .filter(l -> l.startsWith("On Mon")).findFirst().orElseThrow());
        assertThat(html.isQuoted(attribution)).isTrue();
        assertThat(html.isQuoted(attribution + 1)).isTrue();
        assertThat(html.ownText()).doesNotContain("Earlier answer");
    }

    @Test
    void decodesQuotedPrintableSoftLineBreaks() {
        assertThat(read("quoted-printable.eml").part("body").orElseThrow().text())
                .contains("ERR_NGROK_1104")
                .contains("Grüße aus München");
    }

    @Test
    void decodesBase64Body() {
        assertThat(read("base64-body.eml").part("body").orElseThrow().text())
                .isEqualTo("Opening the URL gives ERR_NGROK_8012 in the browser.");
    }

    @Test
    void decodesDeclaredLatin1() {
        assertThat(read("latin1.eml").part("body").orElseThrow().text()).startsWith("Café fermé");
    }

    @Test
    void fallsBackForUnknownCharsetAndSaysSo() {
        ReadableEmail email = read("unknown-charset.eml");
        assertThat(email.part("body").orElseThrow().text()).startsWith("Café fermé").contains("ERR_NGROK_108");
        assertThat(email.notes()).anyMatch(n -> n.contains("x-no-such-charset"));
    }

    @Test
    void readsTextAttachmentsByTypeOrFileName() {
        ReadableEmail email = read("attachments.eml");
        assertThat(email.parts()).extracting(TextPart::label).containsExactly("subject", "body",
                "attachment:app.log", "attachment:ngrok.yml", "attachment:response.json");
        assertThat(email.part("attachment:app.log").orElseThrow().text()).contains("ERR_NGROK_10000");
    }

    @Test
    void listsBinaryAndCompressedAttachmentsWithoutReadingThem() {
        ReadableEmail email = read("attachments.eml");
        assertThat(email.attachments()).filteredOn(a -> !a.read())
                .extracting(Attachment::fileName, Attachment::note)
                .containsExactly(
                        tuple("screen.png", "not text (image/png)"),
                        tuple("old.log.gz", "compressed, not decompressed"));
        assertThat(email.text()).doesNotContain("ERR_NGROK_4100");
    }

    @Test
    void readsAttachedMessageRecursivelyWithItsOwnLabels() {
        ReadableEmail email = read("forwarded-rfc822.eml");
        assertThat(email.parts()).extracting(TextPart::label).containsExactly("subject", "body",
                "forwarded[1]/subject", "forwarded[1]/body", "forwarded[1]/attachment:dns.txt");
        assertThat(email.part("forwarded[1]/body").orElseThrow().text()).contains("ERR_NGROK_1929");
        assertThat(email.part("forwarded[1]/attachment:dns.txt").orElseThrow().text()).contains("ERR_NGROK_26033");
        assertThat(email.messageId()).isEqualTo("<fwd-1@example.com>");
    }

    @Test
    void splitsInlineForwardsIntoNestedParts() {
        ReadableEmail email = read("inline-forward.eml");
        assertThat(email.parts()).extracting(TextPart::label).containsExactly("subject", "body",
                "forwarded[1]/body", "forwarded[1]/forwarded[1]/body");
        assertThat(email.part("body").orElseThrow().text()).isEqualTo("Please see below, what does it mean?");
        assertThat(email.part("forwarded[1]/body").orElseThrow().text()).contains("ERR_NGROK_108");
        assertThat(email.part("forwarded[1]/forwarded[1]/body").orElseThrow().text()).contains("ERR_NGROK_4018");
        assertThat(email.part("forwarded[1]/body").orElseThrow().quoted())
                .as("the forwarded header block is not reply history").isEmpty();
    }

    @Test
    void marksQuotedReplyHistoryIncludingWrappedAttribution() {
        TextPart body = read("reply-quoted.eml").part("body").orElseThrow();
        assertThat(body.ownText()).contains("It happened again").doesNotContain("ERR_NGROK_3200", "wrote:");
        assertThat(body.quotedText()).startsWith("On Tue, Feb 3").contains("ERR_NGROK_3200");
    }

    @Test
    void marksSignatureAfterDelimiter() {
        TextPart body = read("reply-quoted.eml").part("body").orElseThrow();
        assertThat(body.ownText()).doesNotContain("Example Corp");
        assertThat(body.text()).contains("Example Corp");
    }

    @Test
    void marksOutlookHistoryAndMobileFooter() {
        TextPart body = read("outlook-reply.eml").part("body").orElseThrow();
        assertThat(body.ownText().strip()).isEqualTo("Still broken for me.");
        assertThat(body.quotedText()).startsWith("-----Original Message-----").contains("reset link");
    }

    @Test
    void readsTextWithoutHeadersAsBody() {
        ReadableEmail email = reader.read("just a line of text\nERR_NGROK_3200\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(email.text()).contains("ERR_NGROK_3200");
    }

    @Test
    void skipsPartsInUnsupportedTransferEncoding() {
        String raw = "Subject: x\nContent-Type: text/plain\nContent-Transfer-Encoding: x-gzip64\n\nH4sIAAAA\n";
        ReadableEmail email = reader.read(raw.getBytes(StandardCharsets.US_ASCII));
        assertThat(email.part("body")).isEmpty();
        assertThat(email.attachments()).singleElement()
                .satisfies(a -> assertThat(a.note()).contains("x-gzip64"));
    }

    @Test
    void readsPreambleWhenTheBoundaryNeverComes() {
        String raw = "Content-Type: multipart/mixed; boundary=\"never\"\n\nERR_NGROK_3200 in the preamble\n";
        assertThat(reader.read(raw.getBytes(StandardCharsets.US_ASCII)).text()).contains("ERR_NGROK_3200");
    }

    @Test
    void refusesMessageOverTheSizeLimitWithItsCode() {
        MailReader small = new MailReader(MailLimits.DEFAULTS.withMaxMessageBytes(100));
        assertThatThrownBy(() -> small.read(new byte[101]))
                .isInstanceOfSatisfying(MailRejectedException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(TriageErrorCode.MESSAGE_TOO_LARGE);
                    assertThat(e.code()).isEqualTo("ERR_ERRDEX_1201");
                });
    }
}
