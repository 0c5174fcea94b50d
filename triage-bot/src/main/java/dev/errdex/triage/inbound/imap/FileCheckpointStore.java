package dev.errdex.triage.inbound.imap;

import dev.errdex.catalog.io.DataDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Checkpoints in one small properties file ({@code mailbox = uidValidity:lastUid}), for command-line tools.
 * Every save writes a temporary file beside it (0600), forces it to disk and moves it over the old one atomically, so
 * a crash leaves either the old or the new content, never a torn file. A missing directory is created 0700. One
 * process per file.
 */
public final class FileCheckpointStore implements MailboxCheckpointStore {

    private final Path file;
    private final Map<String, MailboxCheckpoint> checkpoints = new TreeMap<>();

    /** Opens (or, on first save, creates) {@code file}; fails with ERR_ERRDEX_1286 when it is unreadable. */
    public FileCheckpointStore(Path file) {
        this.file = file.toAbsolutePath();
        if (Files.exists(this.file)) {
            read();
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized Optional<MailboxCheckpoint> load(String mailbox) {
        return Optional.ofNullable(checkpoints.get(mailbox));
    }

    @Override
    public synchronized void save(MailboxCheckpoint checkpoint) {
        checkpoints.put(checkpoint.mailbox(), checkpoint);
        write();
    }

    private void read() {
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            props.load(in);
            for (String mailbox : props.stringPropertyNames()) {
                String[] parts = props.getProperty(mailbox).trim().split(":");
                if (parts.length != 2) {
                    throw new IllegalArgumentException("value of '" + mailbox + "' is not uidValidity:lastUid");
                }
                checkpoints.put(mailbox,
                        new MailboxCheckpoint(mailbox, Long.parseLong(parts[0]), Long.parseLong(parts[1])));
            }
        } catch (IOException | IllegalArgumentException e) {
            throw failure(e);
        }
    }

    private void write() {
        Properties props = new Properties();
        checkpoints.values().forEach(c -> props.setProperty(c.mailbox(), c.uidValidity() + ":" + c.lastUid()));
        try {
            Path dir = file.getParent();
            if (!Files.isDirectory(dir)) {
                DataDirectory.createDirectories(dir); // owner-only, like the rest of errdex's files
            }
            Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            try {
                try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE);
                     OutputStream out = Channels.newOutputStream(ch)) {
                    props.store(out, "errdex IMAP checkpoints: mailbox = uidValidity:lastUid");
                    out.flush();
                    ch.force(true);
                }
                try {
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private MailboxException failure(Exception e) {
        return new MailboxException(ImapErrorCode.CHECKPOINT_UNREADABLE,
                ImapErrorCode.CHECKPOINT_UNREADABLE.format(file, e.getMessage()), e);
    }
}
