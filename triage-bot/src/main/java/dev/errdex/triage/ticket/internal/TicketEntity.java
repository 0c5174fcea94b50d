package dev.errdex.triage.ticket.internal;

import dev.errdex.triage.ticket.TicketState;
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
import jakarta.persistence.Version;

import java.time.Instant;

/** One ticket: a thread of support emails, its state and when it changed. */
@Entity
@Table(name = "ticket")
public class TicketEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_seq")
    @SequenceGenerator(name = "ticket_seq", sequenceName = "ticket_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false, length = 1000)
    public String subject;

    @Column(length = 320)
    public String requester;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public TicketState state;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public long version;
}
