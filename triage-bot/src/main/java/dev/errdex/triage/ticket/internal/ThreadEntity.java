package dev.errdex.triage.ticket.internal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One key of a thread (an email's dedup key, or a Message-ID key it refers to) and the ticket of that thread. The key
 * is the primary key, so two transactions that open the same thread at once collide in the database.
 */
@Entity
@Table(name = "ticket_thread")
public class ThreadEntity extends PanacheEntityBase {

    @Id
    @Column(name = "thread_key", length = 300)
    public String threadKey;

    @Column(name = "ticket_id", nullable = false)
    public Long ticketId;
}
