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

/** One note in the outbox (table outbound_delivery, see V200). */
@Entity
@Table(name = "outbound_delivery")
public class OutboundDeliveryEntity extends PanacheEntityBase {

    public static final String PENDING = "PENDING";
    public static final String SENDING = "SENDING";
    public static final String DELIVERED = "DELIVERED";
    public static final String DEAD = "DEAD";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbound_delivery_seq")
    @SequenceGenerator(name = "outbound_delivery_seq", sequenceName = "outbound_delivery_seq", allocationSize = 50)
    public Long id;

    @Column(name = "idempotency_key", nullable = false, length = 100, unique = true)
    public String idempotencyKey;

    @Column(name = "ticket_id", nullable = false, length = 100)
    public String ticketId;

    @Column(nullable = false, length = 20)
    public String target;

    @Column(nullable = false, length = 1000000)
    public String payload;

    @Column(nullable = false, length = 16)
    public String state;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "lease_until")
    public Instant leaseUntil;

    @Column(name = "last_error", length = 2000)
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;
}
