package dev.errdex.triage.inbound.imap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileCheckpointStoreTest {

    @TempDir
    Path dir;

    @Test
    void keepsCheckpointsOfSeveralMailboxesAcrossReopen() {
        Path file = dir.resolve("state").resolve("imap.properties");
        FileCheckpointStore store = new FileCheckpointStore(file);
        store.save(new MailboxCheckpoint("support@imap.example.com/INBOX", 1700000000L, 42));
        store.save(new MailboxCheckpoint("billing@imap.example.com/Support Queue", 7L, 3));
        store.save(new MailboxCheckpoint("support@imap.example.com/INBOX", 1700000000L, 57));

        FileCheckpointStore reopened = new FileCheckpointStore(file);

        assertThat(reopened.load("support@imap.example.com/INBOX"))
                .contains(new MailboxCheckpoint("support@imap.example.com/INBOX", 1700000000L, 57));
        assertThat(reopened.load("billing@imap.example.com/Support Queue"))
                .contains(new MailboxCheckpoint("billing@imap.example.com/Support Queue", 7L, 3));
        assertThat(reopened.load("other@imap.example.com/INBOX")).isEmpty();
    }

    @Test
    void leavesNoTemporaryFilesBehind() throws IOException {
        FileCheckpointStore store = new FileCheckpointStore(dir.resolve("imap.properties"));
        for (int uid = 1; uid <= 20; uid++) {
            store.save(new MailboxCheckpoint("a@b/INBOX", 9, uid));
        }

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("imap.properties");
        }
    }

    @Test
    void reportsDamagedFileWithErrorCode() throws IOException {
        Path file = dir.resolve("imap.properties");
        Files.writeString(file, "support@imap.example.com/INBOX = not-a-checkpoint\n");

        assertThatThrownBy(() -> new FileCheckpointStore(file))
                .isInstanceOfSatisfying(MailboxException.class,
                        e -> assertThat(e.code()).isEqualTo(ImapErrorCode.CHECKPOINT_UNREADABLE))
                .hasMessageStartingWith("ERR_ERRDEX_1286").hasMessageContaining("imap.properties");
    }
}
