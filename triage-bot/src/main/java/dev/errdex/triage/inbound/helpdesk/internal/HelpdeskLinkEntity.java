package dev.errdex.triage.inbound.helpdesk.internal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** An errdex ticket taken in from a helpdesk ticket (table helpdesk_link, V510). */
@Entity
@Table(name = "helpdesk_link")
public class HelpdeskLinkEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "helpdesk_link_seq")
    @SequenceGenerator(name = "helpdesk_link_seq", sequenceName = "helpdesk_link_seq", allocationSize = 50)
    public Long id;

    @Column(name = "ticket_id", nullable = false)
    public Long ticketId;

    @Column(nullable = false, length = 16)
    public String helpdesk;

    @Column(name = "external_id", nullable = false, length = 200)
    public String externalId;

    @Column(length = 2000)
    public String url;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
