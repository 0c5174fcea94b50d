package dev.errdex.triage.ticket.internal;

import dev.errdex.triage.inbound.imap.MailboxCheckpoint;
import dev.errdex.triage.inbound.imap.MailboxCheckpointStore;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Optional;

/** IMAP checkpoints in the table {@code mailbox_checkpoint}; each save commits its own transaction. */
@ApplicationScoped
public class DbCheckpointStore implements MailboxCheckpointStore {

    @Override
    public Optional<MailboxCheckpoint> load(String mailbox) {
        return QuarkusTransaction.requiringNew().call(() -> CheckpointEntity.<CheckpointEntity>findByIdOptional(
                mailbox).map(c -> new MailboxCheckpoint(c.mailbox, c.uidValidity, c.lastUid)));
    }

    @Override
    public void save(MailboxCheckpoint checkpoint) {
        QuarkusTransaction.requiringNew().run(() -> {
            CheckpointEntity c = CheckpointEntity.findById(checkpoint.mailbox());
            boolean created = c == null;
            if (created) {
                c = new CheckpointEntity();
                c.mailbox = checkpoint.mailbox();
            }
            c.uidValidity = checkpoint.uidValidity();
            c.lastUid = checkpoint.lastUid();
            c.updatedAt = Instant.now();
            if (created) {
                c.persist();
            }
        });
    }
}
