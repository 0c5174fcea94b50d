package dev.errdex.triage.inbound.imap;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Checkpoints held in memory: for tests and for runs that need no resume (the flags still prevent doubles). */
public final class InMemoryCheckpointStore implements MailboxCheckpointStore {

    private final Map<String, MailboxCheckpoint> checkpoints = new ConcurrentHashMap<>();

    @Override
    public Optional<MailboxCheckpoint> load(String mailbox) {
        return Optional.ofNullable(checkpoints.get(mailbox));
    }

    @Override
    public void save(MailboxCheckpoint checkpoint) {
        checkpoints.put(checkpoint.mailbox(), checkpoint);
    }
}
