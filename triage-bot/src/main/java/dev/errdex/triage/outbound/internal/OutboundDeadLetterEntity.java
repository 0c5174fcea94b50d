package dev.errdex.triage.outbound.internal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** A note given up on, with the reason (table outbound_dead_letter, see V200). */
@Entity
@Table(name = "outbound_dead_letter")
public class OutboundDeadLetterEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbound_dead_letter_seq")
    @SequenceGenerator(name = "outbound_dead_letter_seq", sequenceName = "outbound_dead_letter_seq",
            allocationSize = 50)
    public Long id;

    @Column(name = "delivery_id", nullable = false)
    public Long deliveryId;

    @Column(name = "idempotency_key", nullable = false, length = 100)
    public String idempotencyKey;

    @Column(name = "ticket_id", nullable = false, length = 100)
    public String ticketId;

    @Column(nullable = false, length = 20)
    public String target;

    @Column(nullable = false)
    public int attempts;

    @Column(nullable = false, length = 2000)
    public String reason;

    @Column(nullable = false, length = 1000000)
    public String payload;

    @Column(name = "dead_at", nullable = false)
    public Instant deadAt;
}
