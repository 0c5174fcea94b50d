package dev.errdex.triage.cli;

import dev.errdex.catalog.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MboxSplitterTest {

    private final List<String> messages = new ArrayList<>();
    private final List<Long> tooLarge = new ArrayList<>();

    private void split(byte[] mbox, long max) throws IOException {
        MboxSplitter.split(new ByteArrayInputStream(mbox), max, (index, bytes, size) -> {
            if (bytes == null) {
                tooLarge.add(size);
                messages.add(null);
            } else {
                messages.add(new String(bytes, StandardCharsets.UTF_8));
            }
        });
    }

    @Test
    void splitsOnPostmarkLinesOnly() throws IOException {
        split(Fixtures.bytes("cli/inbox.mbox"), 1 << 20);
        assertThat(messages).hasSize(3);
        assertThat(messages.get(0)).startsWith("From: Ana").contains("From the start it failed");
        assertThat(messages.get(1)).startsWith("From: Bob");
        assertThat(messages.get(2)).startsWith("From: Cy").contains("err_ngrok_3201");
    }

    @Test
    void unquotesMboxrdFromLinesAndDropsTheSeparatorBlankLine() throws IOException {
        split(Fixtures.bytes("cli/inbox.mbox"), 1 << 20);
        assertThat(messages.get(0)).contains("\nFrom here on it is quoted").endsWith("mboxrd style.\n");
    }

    @Test
    void recognisesMboxByItsFirstLine() {
        assertThat(MboxSplitter.isMbox(Fixtures.bytes("cli/inbox.mbox"))).isTrue();
        assertThat(MboxSplitter.isMbox(Fixtures.bytes("mail/alternative.eml"))).isFalse();
    }

    @Test
    void reportsMessagesOverTheLimitWithoutKeepingThem() throws IOException {
        String big = "From a@example.com Tue Feb  3 10:00:00 2026\nSubject: big\n\n" + "x".repeat(5000)
                + "\n\nFrom b@example.com Tue Feb  3 10:00:01 2026\nSubject: small\n\nok\n";
        split(big.getBytes(StandardCharsets.US_ASCII), 1000);
        assertThat(messages).hasSize(2);
        assertThat(messages.get(0)).isNull();
        assertThat(tooLarge).singleElement().satisfies(size -> assertThat(size).isGreaterThan(1000L));
        assertThat(messages.get(1)).contains("Subject: small");
    }

    @Test
    void keepsLinesLongerThanTheSeparatorBufferIntact() throws IOException {
        String line = "y".repeat(10_000);
        String mbox = "From a@example.com Tue Feb  3 10:00:00 2026\nSubject: long\n\n" + line + "\nend\n";
        split(mbox.getBytes(StandardCharsets.US_ASCII), 1 << 20);
        assertThat(messages).singleElement().asString().contains(line + "\nend\n");
    }
}
