package dev.errdex.triage.ticket.internal;

import dev.errdex.catalog.service.internal.StringListConverter;
import dev.errdex.triage.ticket.Channel;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/** One email of a ticket, stored once: {@code dedup_key} is unique in the database. */
@Entity
@Table(name = "ticket_message")
public class MessageEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_message_seq")
    @SequenceGenerator(name = "ticket_message_seq", sequenceName = "ticket_message_seq", allocationSize = 50)
    public Long id;

    @Column(name = "ticket_id", nullable = false)
    public Long ticketId;

    @Column(name = "dedup_key", nullable = false, length = 300)
    public String dedupKey;

    @Column(name = "message_id", length = 1000)
    public String messageId;

    @Column(name = "in_reply_to", length = 1000)
    public String inReplyTo;

    @Convert(converter = StringListConverter.class)
    @Column(name = "thread_refs", nullable = false, length = 100000)
    public List<String> threadRefs;

    @Column(length = 1000)
    public String sender;

    @Column(name = "sender_address", length = 320)
    public String senderAddress;

    @Convert(converter = StringListConverter.class)
    @Column(name = "recipients_to", nullable = false, length = 100000)
    public List<String> to;

    @Convert(converter = StringListConverter.class)
    @Column(name = "recipients_cc", nullable = false, length = 100000)
    public List<String> cc;

    @Column(nullable = false, length = 1000)
    public String subject;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Channel channel;

    @Column(name = "source_ref", length = 1000)
    public String sourceRef;

    @Column(name = "content_hash", nullable = false, length = 64)
    public String contentHash;

    @Column(name = "body_text", nullable = false, length = 1000000)
    public String bodyText;

    @Column(name = "matcher_text", nullable = false, length = 40000)
    public String matcherText;
}
