package dev.errdex.triage.ticket.internal;

import dev.errdex.triage.ticket.TicketFeedback;
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

/** One confirm, correct or reject of a ticket's code: the history of people's feedback. */
@Entity
@Table(name = "ticket_feedback")
public class FeedbackEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_feedback_seq")
    @SequenceGenerator(name = "ticket_feedback_seq", sequenceName = "ticket_feedback_seq", allocationSize = 50)
    public Long id;

    @Column(name = "ticket_id", nullable = false)
    public Long ticketId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public TicketFeedback.Action action;

    @Column(length = 64)
    public String code;

    @Column(name = "new_code", length = 64)
    public String newCode;

    @Column(nullable = false, length = 200)
    public String actor;

    @Column(name = "acted_at", nullable = false)
    public Instant actedAt;

    @Column(length = 4000)
    public String note;
}
