package dev.errdex.triage.ticket.internal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A mailbox message the IMAP channel set aside, with its reason. */
@Entity
@Table(name = "mailbox_quarantine")
public class QuarantineEntity extends PanacheEntityBase {

    @Id
    @Column(length = 1200)
    public String reference;

    @Column(nullable = false, length = 1000)
    public String mailbox;

    @Column(name = "uid_validity", nullable = false)
    public long uidValidity;

    @Column(nullable = false)
    public long uid;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(name = "error_code", nullable = false, length = 32)
    public String errorCode;

    @Column(nullable = false, length = 4000)
    public String reason;

    @Column(name = "quarantined_at", nullable = false)
    public Instant quarantinedAt;
}
