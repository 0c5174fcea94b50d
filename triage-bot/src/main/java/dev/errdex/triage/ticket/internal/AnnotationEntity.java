package dev.errdex.triage.ticket.internal;

import dev.errdex.triage.ticket.TicketAnnotation;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One code attached to a ticket, with the remediation as it was when attached and its review. */
@Entity
@Table(name = "ticket_annotation")
public class AnnotationEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_annotation_seq")
    @SequenceGenerator(name = "ticket_annotation_seq", sequenceName = "ticket_annotation_seq", allocationSize = 50)
    public Long id;

    @Column(name = "ticket_id", nullable = false)
    public Long ticketId;

    @Column(name = "message_id")
    public Long messageId;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false, length = 64)
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public TicketAnnotation.Source source;

    @Column(nullable = false)
    public double confidence;

    @Column(nullable = false)
    public boolean attach;

    @Column(length = 4000)
    public String evidence;

    @Column(name = "remediation_text", length = 200000)
    public String remediationText;

    @Column(name = "remediation_markdown", length = 200000)
    public String remediationMarkdown;

    @Column(name = "docs_url", length = 2000)
    public String docsUrl;

    @Column(name = "catalog_revision", nullable = false)
    public long catalogRevision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public TicketAnnotation.Review review;

    @Column(name = "reviewed_by", length = 200)
    public String reviewedBy;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    @Column(name = "replaced_by", length = 64)
    public String replacedBy;
}
