package dev.errdex.triage.ticket.internal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The raw bytes of one stored email, gzip-compressed; read only when someone asks for the original. */
@Entity
@Table(name = "ticket_message_raw")
public class RawMessageEntity extends PanacheEntityBase {

    @Id
    @Column(name = "message_id")
    public Long messageId;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(name = "sha256", nullable = false, length = 64)
    public String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "gzip_content", nullable = false)
    public byte[] gzipContent;
}
