package dev.errdex.triage.ticket.internal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Where the IMAP channel resumes in one mailbox folder. */
@Entity
@Table(name = "mailbox_checkpoint")
public class CheckpointEntity extends PanacheEntityBase {

    @Id
    @Column(length = 1000)
    public String mailbox;

    @Column(name = "uid_validity", nullable = false)
    public long uidValidity;

    @Column(name = "last_uid", nullable = false)
    public long lastUid;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
