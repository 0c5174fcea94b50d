package dev.errdex.catalog.service.internal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One revision of an error code: what changed, when, by whom, and the entry (JSON) after the change. */
@Entity
@Table(name = "error_code_history")
public class ErrorCodeHistoryEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "error_code_history_seq")
    @SequenceGenerator(name = "error_code_history_seq", sequenceName = "error_code_history_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false, length = 64)
    public String code;

    @Column(nullable = false)
    public long revision;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 200)
    public String changedBy;

    @Column(name = "change_summary", nullable = false, length = 2000)
    public String changeSummary;

    @Column(nullable = false, length = 200000)
    public String snapshot;
}
