package dev.errdex.triage.inbound.imap;

import java.util.Optional;

/**
 * Keeps {@link MailboxCheckpoint}s across restarts. The ticket store provides the database-backed one; this package
 * has {@link InMemoryCheckpointStore} and {@link FileCheckpointStore}.
 *
 * <p>The checkpoint is a resume point, not the only guard against doubles: the processed flag on each message and
 * the handler's deduplication make a lost or stale checkpoint harmless (it only costs a rescan). {@code save} must be
 * durable when it returns and is called after each message; a failing {@code save} stops the poll like a lost
 * connection.
 */
public interface MailboxCheckpointStore {

    Optional<MailboxCheckpoint> load(String mailbox);

    void save(MailboxCheckpoint checkpoint);
}
