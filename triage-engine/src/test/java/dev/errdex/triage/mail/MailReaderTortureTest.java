package dev.errdex.triage.mail;

import dev.errdex.catalog.testing.SharedData;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Every message of ../shared/datasets/mime-torture/ is read or refused with a reason: no other exception, no hang
 * (the timeout is a generous hang guard, not a speed assertion).
 */
class MailReaderTortureTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(10);
    private final MailReader reader = new MailReader();

    @TestFactory
    Stream<DynamicTest> readsOrRefusesEveryTortureMessage() throws IOException {
        Path dir = SharedData.require("datasets/mime-torture");
        List<Path> messages;
        try (Stream<Path> files = Files.walk(dir)) {
            messages = files.filter(p -> p.toString().endsWith(".msg")).sorted().toList();
        }
        assertThat(messages).hasSizeGreaterThanOrEqualTo(80);
        return messages.stream().map(p -> DynamicTest.dynamicTest(dir.relativize(p).toString(), () -> {
            byte[] raw = Files.readAllBytes(p);
            assertTimeoutPreemptively(HANG_GUARD, () -> {
                try {
                    ReadableEmail email = reader.read(raw);
                    assertThat(email.parts()).allSatisfy(part -> assertThat(part.label()).isNotBlank());
                } catch (MailRejectedException e) {
                    assertThat(e.code()).startsWith("ERR_ERRDEX_12");
                    assertThat(e.reason()).isNotBlank();
                }
            });
        }));
    }
}
