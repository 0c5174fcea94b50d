package dev.errdex.triage.ticket.internal;

import dev.errdex.triage.inbound.imap.QuarantineRecorder;
import dev.errdex.triage.inbound.imap.QuarantinedMessage;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

/** Quarantined IMAP messages in the table {@code mailbox_quarantine}; recording the same message again is a no-op. */
@ApplicationScoped
public class QuarantineLog implements QuarantineRecorder {

    @Override
    public void record(QuarantinedMessage q) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (QuarantineEntity.findById(q.reference()) != null) {
                return;
            }
            QuarantineEntity e = new QuarantineEntity();
            e.reference = q.reference();
            e.mailbox = q.mailbox();
            e.uidValidity = q.uidValidity();
            e.uid = q.uid();
            e.sizeBytes = q.size();
            e.errorCode = q.code();
            e.reason = q.reason().length() > 4000 ? q.reason().substring(0, 4000) : q.reason();
            e.quarantinedAt = q.at();
            e.persist();
        });
    }
}
