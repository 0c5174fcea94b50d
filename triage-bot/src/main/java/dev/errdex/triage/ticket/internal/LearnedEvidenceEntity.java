package dev.errdex.triage.ticket.internal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** A ticket's text that a person confirmed for a code; replayed into the search index at start. */
@Entity
@Table(name = "learned_evidence")
public class LearnedEvidenceEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "learned_evidence_seq")
    @SequenceGenerator(name = "learned_evidence_seq", sequenceName = "learned_evidence_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false, length = 64)
    public String code;

    @Column(name = "ticket_id", nullable = false)
    public Long ticketId;

    @Column(name = "evidence_text", nullable = false, length = 40000)
    public String text;

    @Column(name = "learned_at", nullable = false)
    public Instant learnedAt;

    @Column(name = "learned_by", nullable = false, length = 200)
    public String learnedBy;
}
