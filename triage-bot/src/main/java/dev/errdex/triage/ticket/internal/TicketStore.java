package dev.errdex.triage.ticket.internal;

import dev.errdex.catalog.service.CatalogService;
import dev.errdex.catalog.service.StoredEntry;
import dev.errdex.search.Suggestion;
import dev.errdex.triage.TriageResult;
import dev.errdex.triage.mail.Address;
import dev.errdex.triage.mail.ReadableEmail;
import dev.errdex.triage.ticket.Channel;
import dev.errdex.triage.ticket.RawMessage;
import dev.errdex.triage.ticket.Ticket;
import dev.errdex.triage.ticket.TicketAnnotation;
import dev.errdex.triage.ticket.TicketAnnotation.Review;
import dev.errdex.triage.ticket.TicketAnnotation.Source;
import dev.errdex.triage.ticket.TicketErrorCode;
import dev.errdex.triage.ticket.TicketException;
import dev.errdex.triage.ticket.TicketFeedback;
import dev.errdex.triage.ticket.TicketMessage;
import dev.errdex.triage.ticket.TicketState;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The ticket tables. Every method runs in the caller's transaction (the service opens them), so that an email, its
 * ticket and its annotations are written together or not at all.
 */
@ApplicationScoped
public class TicketStore {

    static final int MAX_BODY = 1_000_000;
    static final int MAX_MATCHER = 40_000;
    static final int MAX_LIST_CHARS = 90_000;

    @Inject
    CatalogService catalog;

    /** What {@link #insert} wrote. */
    public record Inserted(long ticketId, boolean appended, TicketState state, List<AnnotationEntity> annotations,
                           Ticket ticket) {
    }

    /** The ticket that holds the email with this key, if any. */
    public Optional<Long> ticketOfKey(String dedupKey) {
        return MessageEntity.<MessageEntity>find("dedupKey", dedupKey).firstResultOptional().map(m -> m.ticketId);
    }

    /**
     * Stores an email, its raw bytes and what triage found: a new ticket, or a new message of the ticket of its
     * thread. The thread is found through {@code ticket_thread}: the email's own key and the keys it refers to
     * (In-Reply-To, References). Every key not yet there is inserted, so that a concurrent email of the same new
     * thread fails on the primary key (and joins this ticket when its transaction is retried). Flushes, so that a
     * second copy of the email fails here on the unique dedup key.
     */
    public Inserted insert(ReadableEmail email, TriageResult triage, String dedupKey, String contentHash,
                           Channel channel, String sourceRef, String matcherText, Instant now, byte[] raw) {
        List<String> threadKeys = MessageKeys.threadKeys(email);
        // sorted, so that two transactions insert shared keys in the same order (no deadlock between them)
        SortedSet<String> keys = new TreeSet<>(threadKeys);
        keys.add(dedupKey);
        // primary-key look-ups: no query to plan per email (an IN list of varying length is planned every time)
        List<ThreadEntity> known = new ArrayList<>();
        for (String key : keys) {
            ThreadEntity t = ThreadEntity.findById(key);
            if (t != null) {
                known.add(t);
            }
        }
        TicketEntity ticket = known.stream().map(k -> k.ticketId).min(Long::compare)
                .map(id -> TicketEntity.<TicketEntity>findById(id)).orElse(null);
        boolean appended = ticket != null;
        if (ticket == null) {
            ticket = new TicketEntity();
            ticket.subject = cut(email.subject(), 1000);
            ticket.requester = email.from() == null ? null : cut(email.from().address(), 320);
            ticket.state = TicketState.NEW;
            ticket.createdAt = now;
            ticket.updatedAt = now;
            ticket.persist();
        }
        ticket.updatedAt = now;

        MessageEntity m = new MessageEntity();
        m.ticketId = ticket.id;
        m.dedupKey = dedupKey;
        m.messageId = cut(email.messageId(), 1000);
        m.inReplyTo = cut(email.inReplyTo(), 1000);
        m.threadRefs = fit(threadKeys);
        m.sender = email.from() == null ? null : cut(email.from().toString(), 1000);
        m.senderAddress = email.from() == null ? null : cut(email.from().address(), 320);
        m.to = fit(email.to().stream().map(Address::toString).toList());
        m.cc = fit(email.cc().stream().map(Address::toString).toList());
        m.subject = cut(email.subject(), 1000);
        m.sentAt = email.date();
        m.receivedAt = now;
        m.channel = channel;
        m.sourceRef = cut(sourceRef, 1000);
        m.contentHash = contentHash;
        m.bodyText = cut(email.text(), MAX_BODY);
        m.matcherText = cut(matcherText, MAX_MATCHER);
        m.persist();
        Set<String> registered = known.stream().map(k -> k.threadKey).collect(Collectors.toSet());
        for (String key : keys) {
            if (!registered.contains(key)) {
                ThreadEntity t = new ThreadEntity();
                t.threadKey = key;
                t.ticketId = ticket.id;
                t.persist();
            }
        }
        if (raw != null) {
            RawMessageEntity r = new RawMessageEntity();
            r.messageId = m.id;
            r.sizeBytes = raw.length;
            r.sha256 = RawMessages.sha256(raw);
            r.gzipContent = RawMessages.gzip(raw);
            r.persist();
        }

        // a new ticket has no annotations yet: no query
        List<AnnotationEntity> existing = appended ? annotations(ticket.id) : new ArrayList<>();
        int position = existing.size();
        List<AnnotationEntity> added = new ArrayList<>();
        for (Suggestion s : triage.suggestions()) {
            if (existing.stream().anyMatch(a -> a.code.equals(s.code()))
                    || added.stream().anyMatch(a -> a.code.equals(s.code()))) {
                continue;
            }
            AnnotationEntity a = annotation(ticket.id, m.id, position++, s.code(),
                    s.evidence().stream().anyMatch(e -> e.field().startsWith("explicit")) ? Source.EXPLICIT
                            : Source.INFERRED, s.confidence(), s.attach());
            a.evidence = s.evidence().isEmpty() ? null : cut(s.evidence().get(0).sentence(), 4000);
            a.persist();
            added.add(a);
        }
        existing.addAll(added);
        ticket.state = TicketStates.derive(existing);
        TicketEntity.flush();
        // a new ticket is shown from what was just written; a thread's ticket is read back with its other emails
        Ticket view = appended ? view(ticket.id) : new Ticket(String.valueOf(ticket.id), ticket.state, ticket.subject,
                ticket.requester, ticket.createdAt, ticket.updatedAt, List.of(message(m)),
                annotations(existing, owners(existing)), List.of());
        return new Inserted(ticket.id, appended, ticket.state, added, view);
    }

    /** The raw emails of a ticket that have one stored, oldest first. */
    public List<RawMessage> rawMessages(long ticketId) {
        List<RawMessage> out = new ArrayList<>();
        for (MessageEntity m : messages(ticketId)) {
            RawMessageEntity r = RawMessageEntity.findById(m.id);
            if (r != null) {
                out.add(new RawMessage(m.messageId, r.sizeBytes, r.sha256, RawMessages.gunzip(r.gzipContent)));
            }
        }
        return out;
    }

    /** A new proposed annotation with the code's remediation at its current catalog revision (not persisted). */
    public AnnotationEntity annotationFor(long ticketId, Long messageId, int position, String code, Source source) {
        return annotation(ticketId, messageId, position, code, source, 1.0, true);
    }

    AnnotationEntity annotation(long ticketId, Long messageId, int position, String code, Source source,
                                double confidence, boolean attach) {
        AnnotationEntity a = new AnnotationEntity();
        a.ticketId = ticketId;
        a.messageId = messageId;
        a.position = position;
        a.code = code;
        a.source = source;
        a.confidence = Math.max(0, Math.min(1, confidence));
        a.attach = attach;
        a.review = Review.PROPOSED;
        Optional<StoredEntry> entry = catalog.find(code);
        if (entry.isPresent()) {
            var e = entry.get().entry();
            a.catalogRevision = entry.get().revision();
            a.docsUrl = cut(e.docsUrl(), 2000);
            if (e.fixGuide() != null) {
                a.remediationMarkdown = cut(e.fixGuide().toMarkdown(), 200_000);
                a.remediationText = cut(e.fixGuide().toPlainText(), 200_000);
            }
        }
        return a;
    }

    /** The ticket, or {@link TicketErrorCode#TICKET_NOT_FOUND}. */
    public TicketEntity require(String ticketId) {
        Long id = parseId(ticketId);
        TicketEntity t = id == null ? null : TicketEntity.findById(id);
        if (t == null) {
            throw new TicketException(TicketErrorCode.TICKET_NOT_FOUND, "no ticket has the id '" + ticketId + "'");
        }
        return t;
    }

    /** The ticket id as a number; null when it is not one. */
    public static Long parseId(String ticketId) {
        try {
            return ticketId == null ? null : Long.valueOf(ticketId.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public List<AnnotationEntity> annotations(long ticketId) {
        return AnnotationEntity.list("ticketId", Sort.by("position").and("id"), ticketId);
    }

    public List<MessageEntity> messages(long ticketId) {
        return MessageEntity.list("ticketId", Sort.by("id"), ticketId);
    }

    /** The ticket as the API shows it. */
    public Ticket view(long ticketId) {
        TicketEntity t = TicketEntity.findById(ticketId);
        return t == null ? null : views(List.of(t)).get(0);
    }

    /** Several tickets as the API shows them, in the order given; three queries whatever their number. */
    public List<Ticket> views(List<TicketEntity> tickets) {
        if (tickets.isEmpty()) {
            return List.of();
        }
        List<Long> ids = tickets.stream().map(t -> t.id).toList();
        Map<Long, List<MessageEntity>> messages = MessageEntity.<MessageEntity>list("ticketId in ?1",
                Sort.by("id"), ids).stream().collect(Collectors.groupingBy(m -> m.ticketId));
        Map<Long, List<AnnotationEntity>> annotations = AnnotationEntity.<AnnotationEntity>list("ticketId in ?1",
                Sort.by("position").and("id"), ids).stream().collect(Collectors.groupingBy(a -> a.ticketId));
        Map<Long, List<FeedbackEntity>> feedback = FeedbackEntity.<FeedbackEntity>list("ticketId in ?1",
                Sort.by("id"), ids).stream().collect(Collectors.groupingBy(f -> f.ticketId));
        Map<String, String> owners = owners(annotations.values().stream().flatMap(List::stream).toList());
        return tickets.stream().map(t -> new Ticket(String.valueOf(t.id), t.state, t.subject, t.requester,
                t.createdAt, t.updatedAt,
                messages.getOrDefault(t.id, List.of()).stream().map(TicketStore::message).toList(),
                annotations(annotations.getOrDefault(t.id, List.of()), owners),
                feedback.getOrDefault(t.id, List.of()).stream().map(f -> new TicketFeedback(f.action, f.code,
                        f.newCode, f.actor, f.actedAt, f.note)).toList())).toList();
    }

    static TicketMessage message(MessageEntity m) {
        return new TicketMessage(m.id, m.messageId, m.inReplyTo, m.threadRefs, m.sender, m.to, m.cc, m.subject,
                m.sentAt, m.receivedAt, m.channel, m.sourceRef, m.contentHash, m.bodyText);
    }

    /**
     * The current owners of these annotations' codes (code to owner; codes without one are missing): the ticket's
     * owner is read at read time, never stored with it. One catalog read for all.
     */
    Map<String, String> owners(Collection<AnnotationEntity> annotations) {
        Map<String, String> owners = new HashMap<>();
        catalog.findAll(annotations.stream().map(a -> a.code).collect(Collectors.toSet())).forEach((code, e) -> {
            if (e.entry().owner() != null) {
                owners.put(code, e.entry().owner());
            }
        });
        return owners;
    }

    private static List<TicketAnnotation> annotations(List<AnnotationEntity> annotations, Map<String, String> owners) {
        return annotations.stream().map(a -> new TicketAnnotation(a.id, a.code, a.source, a.confidence, a.attach,
                a.evidence, a.remediationText, a.remediationMarkdown, a.docsUrl, a.catalogRevision, a.review,
                a.reviewedBy, a.reviewedAt, a.replacedBy, owners.get(a.code))).toList();
    }

    /** {@code s} cut to {@code max} characters (null stays null). */
    public static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    /** As many leading items as fit the list columns. */
    static List<String> fit(Collection<String> items) {
        List<String> out = new ArrayList<>();
        int chars = 2;
        for (String s : items) {
            String v = cut(s, 1000);
            chars += v.length() * 2 + 4;
            if (chars > MAX_LIST_CHARS) {
                break;
            }
            out.add(v);
        }
        return out;
    }
}
