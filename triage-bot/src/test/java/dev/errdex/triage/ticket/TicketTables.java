package dev.errdex.triage.ticket;

import dev.errdex.triage.ticket.internal.AnnotationEntity;
import dev.errdex.triage.ticket.internal.CheckpointEntity;
import dev.errdex.triage.ticket.internal.FeedbackEntity;
import dev.errdex.triage.ticket.internal.LearnedEvidenceEntity;
import dev.errdex.triage.ticket.internal.MessageEntity;
import dev.errdex.triage.ticket.internal.QuarantineEntity;
import dev.errdex.triage.ticket.internal.RawMessageEntity;
import dev.errdex.triage.ticket.internal.ThreadEntity;
import dev.errdex.triage.ticket.internal.TicketEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Empties the ticket and mailbox tables, and counts their rows. */
@ApplicationScoped
public class TicketTables {

    /** Registers the test mapping of errdex.db-kind (see {@link BuildSettings}). */
    @Inject
    BuildSettings build;

    @Transactional
    public void clear() {
        LearnedEvidenceEntity.deleteAll();
        FeedbackEntity.deleteAll();
        AnnotationEntity.deleteAll();
        RawMessageEntity.deleteAll();
        ThreadEntity.deleteAll();
        MessageEntity.deleteAll();
        TicketEntity.deleteAll();
        CheckpointEntity.deleteAll();
        QuarantineEntity.deleteAll();
    }

    @Transactional
    public long tickets() {
        return TicketEntity.count();
    }

    @Transactional
    public long messages() {
        return MessageEntity.count();
    }

    @Transactional
    public long rawMessages() {
        return RawMessageEntity.count();
    }

    @Transactional
    public long annotations() {
        return AnnotationEntity.count();
    }

    @Transactional
    public long learned(String code) {
        return LearnedEvidenceEntity.count("code", code);
    }
}
