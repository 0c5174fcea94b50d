package dev.errdex.triage.mail;

import dev.errdex.catalog.DefaultCatalog;
import dev.errdex.triage.TriageErrorCode;
import dev.errdex.triage.extract.CodeExtractor;
import dev.errdex.triage.extract.Extraction;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Hostile mail generated at run time (never committed): each is refused with its code or read, within bounded time
 * and memory (the default surefire heap). The timeouts only guard against hangs; they are not speed assertions.
 */
class MailBombTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(30);
    private final MailReader reader = new MailReader();

    @Test
    void refusesFiveThousandNestedMultipartsAsTooDeep() {
        StringBuilder sb = new StringBuilder("From: a@example.com\nSubject: nest\nMIME-Version: 1.0\n");
        int levels = 5_000;
        for (int i = 0; i < levels; i++) {
            sb.append("Content-Type: multipart/mixed; boundary=\"b").append(i)
                    .append("\"\n\n--b").append(i).append('\n');
        }
        sb.append("Content-Type: text/plain\n\nERR_NGROK_3200\n");
        for (int i = levels - 1; i >= 0; i--) {
            sb.append("--b").append(i).append("--\n");
        }
        assertRefused(sb.toString().getBytes(StandardCharsets.US_ASCII), TriageErrorCode.NESTING_TOO_DEEP);
    }

    @Test
    void refusesTwentyMegabyteSingleLineAsTooLarge() {
        byte[] raw = message("Subject: long\n\n", 20 * 1024 * 1024);
        assertRefused(raw, TriageErrorCode.MESSAGE_TOO_LARGE);
    }

    @Test
    void cutsTwentyMegabyteBodyLineWhenSizeLimitAllowsIt() {
        MailReader big = new MailReader(MailLimits.DEFAULTS.withMaxMessageBytes(32L * 1024 * 1024)
                .withMaxTextBytes(32 * 1024 * 1024));
        byte[] raw = message("Subject: long\nContent-Type: text/plain\n\nERR_NGROK_3200 ", 20 * 1024 * 1024);
        ReadableEmail email = assertTimeoutPreemptively(HANG_GUARD, () -> big.read(raw));
        String body = email.part("body").orElseThrow().text();
        assertThat(body).startsWith("ERR_NGROK_3200").hasSize(MailLimits.DEFAULTS.maxTextLineLength());
        assertThat(email.notes()).anyMatch(n -> n.contains("cut"));
    }

    @Test
    void refusesTwentyMegabyteHeaderLine() {
        MailReader big = new MailReader(MailLimits.DEFAULTS.withMaxMessageBytes(32L * 1024 * 1024));
        byte[] raw = message("Subject: ", 20 * 1024 * 1024);
        MailRejectedException e = assertTimeoutPreemptively(HANG_GUARD, () -> {
            try {
                big.read(raw);
                return null;
            } catch (MailRejectedException rejected) {
                return rejected;
            }
        });
        assertThat(e).isNotNull();
        assertThat(e.errorCode()).isIn(TriageErrorCode.HEADER_TOO_LONG, TriageErrorCode.LINE_TOO_LONG);
    }

    @Test
    void refusesFiftyThousandHeaders() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            sb.append("X-Filler-").append(i).append(": value\n");
        }
        sb.append("Subject: many\n\nbody\n");
        assertRefused(sb.toString().getBytes(StandardCharsets.US_ASCII), TriageErrorCode.TOO_MANY_HEADERS);
    }

    @Test
    void listsGzipBombAttachmentWithoutExpandingIt() throws Exception {
        // one member of 1 MiB of zeros, repeated: a valid multi-member gzip that expands to 1 GiB
        ByteArrayOutputStream member = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(member)) {
            gz.write(new byte[1024 * 1024]);
        }
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        for (int i = 0; i < 1024; i++) {
            bomb.write(member.toByteArray());
        }
        String raw = "From: a@example.com\nSubject: bomb\nMIME-Version: 1.0\n"
                + "Content-Type: multipart/mixed; boundary=\"m\"\n\n"
                + "--m\nContent-Type: text/plain\n\nsee log ERR_NGROK_108\n"
                + "--m\nContent-Type: application/gzip\nContent-Disposition: attachment; filename=\"agent.log.gz\"\n"
                + "Content-Transfer-Encoding: base64\n\n"
                + Base64.getMimeEncoder().encodeToString(bomb.toByteArray()) + "\n--m--\n";
        ReadableEmail email = assertTimeoutPreemptively(HANG_GUARD,
                () -> reader.read(raw.getBytes(StandardCharsets.US_ASCII)));
        assertThat(email.attachments()).singleElement()
                .satisfies(a -> {
                    assertThat(a.fileName()).isEqualTo("agent.log.gz");
                    assertThat(a.read()).isFalse();
                    assertThat(a.note()).contains("compressed");
                });
        assertThat(email.part("body").orElseThrow().text()).contains("ERR_NGROK_108");
    }

    @Test
    void refusesBinaryGarbage() {
        byte[] garbage = new byte[256 * 1024];
        new Random(42).nextBytes(garbage);
        garbage[0] = 0;
        assertRefused(garbage, TriageErrorCode.NOT_A_MESSAGE);
    }

    @Test
    void refusesEmptyFile() {
        assertRefused(new byte[0], TriageErrorCode.EMPTY_MESSAGE);
    }

    @Test
    void refusesTooManySiblingParts() {
        StringBuilder sb = new StringBuilder("Subject: parts\nContent-Type: multipart/mixed; boundary=\"p\"\n\n");
        for (int i = 0; i < 2_000; i++) {
            sb.append("--p\nContent-Type: text/plain\n\npart ").append(i).append('\n');
        }
        sb.append("--p--\n");
        assertRefused(sb.toString().getBytes(StandardCharsets.US_ASCII), TriageErrorCode.TOO_MANY_PARTS);
    }

    @Test
    void refusesTooManyAttachments() {
        StringBuilder sb = new StringBuilder("Subject: att\nContent-Type: multipart/mixed; boundary=\"p\"\n\n");
        for (int i = 0; i < 150; i++) {
            sb.append("--p\nContent-Type: image/png\nContent-Disposition: attachment; filename=\"f")
                    .append(i).append(".png\"\n\nxx\n");
        }
        sb.append("--p--\n");
        assertRefused(sb.toString().getBytes(StandardCharsets.US_ASCII), TriageErrorCode.TOO_MANY_ATTACHMENTS);
    }

    @Test
    void refusesTextOverTheDecodedTextLimit() {
        MailReader small = new MailReader(MailLimits.DEFAULTS.withMaxTextBytes(1024));
        byte[] raw = message("Subject: text\n\n", 4096);
        assertThatThrownBy(() -> small.read(raw))
                .isInstanceOfSatisfying(MailRejectedException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(TriageErrorCode.TEXT_TOO_LARGE));
    }

    @Test
    void refusesOverlongHeaderFieldMadeOfFoldedLines() {
        StringBuilder sb = new StringBuilder("Subject: folded");
        for (int i = 0; i < 10_000; i++) {
            sb.append("\n continued line ").append(i);
        }
        sb.append("\n\nbody\n");
        assertRefused(sb.toString().getBytes(StandardCharsets.US_ASCII), TriageErrorCode.HEADER_TOO_LONG);
    }

    @Test
    void readsDeeplyNestedHtmlByStrippingItsTags() {
        byte[] raw = ("Subject: html\nContent-Type: text/html\n\n" + "<div>".repeat(300_000) + "ERR_NGROK_3200")
                .getBytes(StandardCharsets.US_ASCII);
        ReadableEmail email = assertTimeoutPreemptively(HANG_GUARD, () -> reader.read(raw));
        assertThat(email.part("html").orElseThrow().text()).isEqualTo("ERR_NGROK_3200");
        assertThat(email.notes()).anyMatch(n -> n.contains("tags stripped"));
    }

    @Test
    void dropsEverythingAfterAnUnclosedScriptAmongManyTags() {
        byte[] raw = ("Subject: html\nContent-Type: text/html\n\nvisible ERR_NGROK_108 "
                + "<script>".repeat(200_000) + "hidden ERR_NGROK_3200").getBytes(StandardCharsets.US_ASCII);
        ReadableEmail email = assertTimeoutPreemptively(HANG_GUARD, () -> reader.read(raw));
        assertThat(email.part("html").orElseThrow().text()).isEqualTo("visible ERR_NGROK_108");
    }

    @Test
    void boundsTheWorkOnTextRepeatingCodesBetweenQuotedLines() {
        StringBuilder sb = new StringBuilder("Subject: many\n\n");
        for (int i = 0; i < 100_000; i++) {
            sb.append("> quoted line\nERR_NGROK_108 again\n");
        }
        byte[] raw = sb.toString().getBytes(StandardCharsets.US_ASCII);
        CodeExtractor extractor = CodeExtractor.forCatalog(DefaultCatalog.load());
        Extraction found = assertTimeoutPreemptively(HANG_GUARD, () -> extractor.extract(reader.read(raw)));
        assertThat(found.explicit()).containsExactly("ERR_NGROK_108");
        assertThat(found.hits()).hasSize(CodeExtractor.MAX_HITS_PER_CODE);
    }

    @Test
    void keepsAtMostFiveHundredRecipientsOfAnAddressBomb() {
        StringBuilder sb = new StringBuilder("Subject: list\n");
        for (int field = 0; field < 150; field++) {
            sb.append("To: ");
            for (int i = 0; i < 3_000; i++) {
                sb.append(i == 0 ? "" : ",").append('a').append(i).append("@x.io");
            }
            sb.append('\n');
        }
        sb.append("\nbody\n");
        byte[] raw = sb.toString().getBytes(StandardCharsets.US_ASCII);
        ReadableEmail email = assertTimeoutPreemptively(HANG_GUARD, () -> reader.read(raw));
        assertThat(email.to()).hasSize(500);
    }

    /** {@code head} followed by a single line of 'a' so that the message is {@code total} bytes long. */
    private static byte[] message(String head, int total) {
        byte[] h = head.getBytes(StandardCharsets.US_ASCII);
        byte[] raw = new byte[total];
        System.arraycopy(h, 0, raw, 0, h.length);
        Arrays.fill(raw, h.length, total, (byte) 'a');
        return raw;
    }

    private void assertRefused(byte[] raw, TriageErrorCode expected) {
        assertTimeoutPreemptively(HANG_GUARD, () -> assertThatThrownBy(() -> reader.read(raw))
                .isInstanceOfSatisfying(MailRejectedException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(expected);
                    assertThat(e.code()).startsWith("ERR_ERRDEX_12");
                    assertThat(e.getMessage()).contains(e.reason());
                }));
    }
}
