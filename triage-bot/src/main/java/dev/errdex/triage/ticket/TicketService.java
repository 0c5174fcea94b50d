package dev.errdex.triage.ticket;

import dev.errdex.catalog.CodeSpelling;
import dev.errdex.catalog.query.LikePattern;
import dev.errdex.catalog.query.PageCursor;
import dev.errdex.catalog.query.PageRequest;
import dev.errdex.catalog.query.PageSlice;
import dev.errdex.catalog.service.CatalogService;
import dev.errdex.search.CatalogIndex;
import dev.errdex.triage.TriageEngine;
import dev.errdex.triage.TriageResult;
import dev.errdex.triage.index.IndexRuntime;
import dev.errdex.triage.mail.MailLimits;
import dev.errdex.triage.mail.MailReader;
import dev.errdex.triage.mail.MailRejectedException;
import dev.errdex.triage.mail.ReadableEmail;
import dev.errdex.triage.ticket.TicketAnnotation.Review;
import dev.errdex.triage.ticket.TicketAnnotation.Source;
import dev.errdex.triage.ticket.internal.AnnotationEntity;
import dev.errdex.triage.ticket.internal.FeedbackEntity;
import dev.errdex.triage.ticket.internal.LearnedEvidenceEntity;
import dev.errdex.triage.ticket.internal.MessageEntity;
import dev.errdex.triage.ticket.internal.MessageKeys;
import dev.errdex.triage.ticket.internal.TicketEntity;
import dev.errdex.triage.ticket.internal.TicketStates;
import dev.errdex.triage.ticket.internal.TicketStore;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import io.micrometer.core.instrument.MeterRegistry;
import dev.errdex.triage.ops.TriageSpans;
import io.opentelemetry.instrumentation.annotations.SpanAttribute;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.LockAcquisitionException;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Tickets: emails in (from every channel), annotated by the {@link TriageEngine}, stored once; people's feedback and
 * what the index learns from it. Each email's ticket, message, raw bytes and annotations are written in one
 * transaction; {@link TicketAnnotated} is fired inside it (observers that write, like the outbox, join it;
 * {@code AFTER_SUCCESS} observers run after the commit).
 */
@ApplicationScoped
public class TicketService {

    private static final Logger LOG = Logger.getLogger(TicketService.class);

    private static final PageCursor CURSOR = new PageCursor("t1:");
    private static final int DEFAULT_PAGE = 20;
    private static final int MAX_PAGE = 200;
    private static final int WRITE_ATTEMPTS = 5;

    private final MailReader reader = new MailReader(MailLimits.DEFAULTS);

    @Inject
    TriageEngine engine;

    @Inject
    MeterRegistry meters;

    @Inject
    TriageSpans steps;

    @Inject
    IndexRuntime indexRuntime;

    @Inject
    CatalogService catalog;

    @Inject
    TicketStore store;

    @Inject
    Event<TicketAnnotated> annotated;

    /**
     * Turns one raw email into a ticket, exactly once: a new ticket, a new message of its thread's ticket, the
     * ticket it already has (same Message-ID, or same content when it has none), or a rejection with the reason.
     * Safe to call concurrently for the same email from several channels: the database's unique key decides.
     *
     * @param raw       the RFC 5322 message
     * @param channel   how it arrived
     * @param sourceRef where it came from (IMAP reference, file name); may be null
     * <p>Traced as one span, {@code triage email}, with the engine's steps and the database work as children
     * (docs/operations.md "Traces").
     *
     * @throws RuntimeException for transient failures (database down): nothing was stored, try again
     */
    @WithSpan("triage email")
    public IngestResult ingest(byte[] raw, @SpanAttribute("errdex.channel") Channel channel, String sourceRef) {
        ReadableEmail email;
        try {
            email = steps.run("read", () -> reader.read(raw));
        } catch (MailRejectedException e) {
            return new IngestResult(IngestResult.Outcome.REJECTED, null, e.code(), e.reason());
        }
        String hash = MessageKeys.contentHash(email);
        String key = MessageKeys.dedupKey(email.messageId(), hash);
        Optional<IngestResult> known = duplicate(key);
        if (known.isPresent()) {
            return known.get();
        }
        TriageResult triage = engine.triage(email, steps);
        String matcherText = TriageEngine.matcherText(email);
        Stored stored = null;
        for (int attempt = 1; stored == null; attempt++) {
            try {
                // the precision the database keeps, so that the ticket returned equals the ticket read back later
                Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
                stored = QuarkusTransaction.requiringNew().call(() ->
                        store(raw, email, triage, key, hash, channel, sourceRef, matcherText, now));
            } catch (RuntimeException e) {
                known = duplicate(key);
                if (known.isPresent()) {
                    return known.get();
                }
                if (!worthRetrying(e) || attempt >= WRITE_ATTEMPTS) {
                    throw e;
                }
            }
        }
        boolean attached = !triage.explicit().isEmpty()
                || (!triage.suggestions().isEmpty() && triage.suggestions().get(0).attach());
        meters.counter("errdex.triage.emails", "attached", String.valueOf(attached)).increment();
        LOG.infof("%s email stored as ticket %s (%s): %s", channel, stored.ticket().id(),
                stored.appended() ? "reply appended" : "new ticket",
                triage.explicit().isEmpty() ? "no code written" : "codes " + triage.explicit());
        return new IngestResult(stored.appended() ? IngestResult.Outcome.APPENDED : IngestResult.Outcome.CREATED,
                stored.ticket(), null, null);
    }

    private record Stored(boolean appended, Ticket ticket) {
    }

    /**
     * One transaction: the ticket, message, raw bytes, thread keys and annotations, then {@link TicketAnnotated}
     * fired inside it, so that its in-transaction observers (the outbox) write with the ticket or not at all.
     */
    private Stored store(byte[] raw, ReadableEmail email, TriageResult triage, String key, String hash,
                         Channel channel, String sourceRef, String matcherText, Instant now) {
        TicketStore.Inserted inserted = store.insert(email, triage, key, hash, channel, sourceRef, matcherText, now,
                raw);
        Ticket ticket = inserted.ticket();
        Map<String, String> owners = new HashMap<>();
        ticket.annotations().stream().filter(a -> a.owner() != null).forEach(a -> owners.put(a.code(), a.owner()));
        List<TicketAnnotated.Annotation> list = inserted.annotations().stream()
                .map(a -> new TicketAnnotated.Annotation(a.code, a.source.name(), a.confidence, a.attach, a.evidence,
                        a.remediationMarkdown, a.remediationText, a.docsUrl, a.catalogRevision, owners.get(a.code)))
                .toList();
        TicketAnnotated event = new TicketAnnotated(ticket.id(), email.messageId(), email.subject(),
                email.from() == null ? null : email.from().address(), inserted.state().name(), list,
                ticket.updatedAt(), messageAge(email, ticket), channel.name());
        try {
            annotated.fire(event);
        } catch (RuntimeException e) {
            throw new TicketException(TicketErrorCode.STORE_LISTENER_FAILED,
                    "a listener of ticket " + ticket.id() + " failed inside its transaction; nothing was stored", e);
        }
        return new Stored(inserted.appended(), ticket);
    }

    private Optional<IngestResult> duplicate(String key) {
        return QuarkusTransaction.requiringNew().call(() -> store.ticketOfKey(key).map(id ->
                new IngestResult(IngestResult.Outcome.DUPLICATE, store.view(id), null, null)));
    }

    /**
     * The time the customer's mail counts from for the automatic-reply age rule: its Date header when it has one
     * (a backlog of old mail read today stays old), otherwise when errdex stored it.
     */
    private static Instant messageAge(ReadableEmail email, Ticket ticket) {
        return email.date() != null ? email.date() : ticket.updatedAt();
    }

    private static boolean concurrentUpdate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return true;
            }
        }
        return false;
    }

    /**
     * A write that lost a race and can succeed when repeated: a concurrent change of the ticket (optimistic lock), a
     * thread key another transaction inserted first (unique key), or a lock conflict the database broke.
     */
    private static boolean worthRetrying(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException
                    || t instanceof ConstraintViolationException || t instanceof LockAcquisitionException
                    || t instanceof PessimisticLockException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The original bytes of the ticket's emails, oldest first (emails stored before raw messages were kept have
     * none).
     *
     * @throws TicketException {@link TicketErrorCode#TICKET_NOT_FOUND}
     */
    public List<RawMessage> rawMessages(String ticketId) {
        return QuarkusTransaction.joiningExisting().call(() -> store.rawMessages(store.require(ticketId).id));
    }

    /** The ticket with this id; empty when there is none. */
    public Optional<Ticket> find(String ticketId) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            Long id = TicketStore.parseId(ticketId);
            return id == null ? Optional.<Ticket>empty() : Optional.ofNullable(store.view(id));
        });
    }

    /**
     * Tickets newest first, a page at a time, going forwards.
     *
     * @param first page size, 20 when null, at most 200
     * @param after the endCursor of the previous page, or null
     * @throws TicketException {@link TicketErrorCode#INVALID_ARGUMENT} for a bad size or cursor
     */
    public TicketPage list(TicketFilter filter, Integer first, String after) {
        return list(filter, PageRequest.forward(first, after));
    }

    /**
     * Tickets newest first: those between the request's cursors, the first or the last ones of them.
     *
     * @throws TicketException {@link TicketErrorCode#INVALID_ARGUMENT} for a bad size or cursor
     */
    public TicketPage list(TicketFilter filter, PageRequest request) {
        int size = request.size(DEFAULT_PAGE);
        if (size < 0 || size > MAX_PAGE) {
            throw new TicketException(TicketErrorCode.INVALID_ARGUMENT,
                    request.sizeArgument() + " must be between 0 and " + MAX_PAGE + ", not " + size);
        }
        TicketFilter f = filter == null ? TicketFilter.ALL : filter;
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (f.state() != null) {
            where.append(" and state = :state");
            params.put("state", f.state());
        }
        if (f.code() != null && !f.code().isBlank()) {
            String code = CodeSpelling.canonical(f.code()).orElse(f.code().strip());
            where.append(" and id in (select a.ticketId from AnnotationEntity a where a.code = :code"
                    + " and a.review in (:live))");
            params.put("code", code);
            params.put("live", List.of(Review.PROPOSED, Review.CONFIRMED));
        }
        if (f.owner() != null && !f.owner().isBlank()) {
            // the owner is the code's owner now (a live join), not a copy kept with the ticket
            List<String> owned = catalog.codesOwnedBy(f.owner());
            if (owned.isEmpty()) {
                where.append(" and 1 = 0");
            } else {
                where.append(" and id in (select o.ticketId from AnnotationEntity o where o.code in (:owned)"
                        + " and o.review in (:live))");
                params.put("owned", owned);
                params.put("live", List.of(Review.PROPOSED, Review.CONFIRMED));
            }
        }
        if (f.sender() != null && !f.sender().isBlank()) {
            where.append(" and lower(requester) like :sender escape '\\'");
            params.put("sender", LikePattern.containing(f.sender()));
        }
        if (f.text() != null && !f.text().isBlank()) {
            where.append(" and lower(subject) like :text escape '\\'");
            params.put("text", LikePattern.containing(f.text()));
        }
        Long afterId = request.after() == null ? null : decodeCursor(request.after());
        Long beforeId = request.before() == null ? null : decodeCursor(request.before());
        String filtered = where.toString();
        return QuarkusTransaction.joiningExisting().call(() -> {
            long total = TicketEntity.count(filtered, params);
            String w = filtered;
            Map<String, Object> bounded = new HashMap<>(params);
            if (afterId != null) {
                w += " and id < :afterId";
                bounded.put("afterId", afterId);
            }
            if (beforeId != null) {
                w += " and id > :beforeId";
                bounded.put("beforeId", beforeId);
            }
            Sort order = request.backward() ? Sort.ascending("id") : Sort.descending("id");
            List<TicketEntity> read = TicketEntity.<TicketEntity>find(w, order, bounded).range(0, size).list();
            PageSlice<TicketEntity> slice = PageSlice.of(read, size, request,
                    () -> any(filtered + " and id >= :bound", params, afterId),
                    () -> any(filtered + " and id <= :bound", params, beforeId));
            List<TicketPage.Edge> edges = new ArrayList<>();
            for (Ticket t : store.views(slice.rows())) {
                edges.add(new TicketPage.Edge(encodeCursor(Long.parseLong(t.id())), t));
            }
            return TicketPage.of(edges, slice.hasPrevious(), slice.hasNext(), total);
        });
    }

    private static boolean any(String where, Map<String, Object> params, Long bound) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("bound", bound);
        return !TicketEntity.find(where, all).range(0, 0).list().isEmpty();
    }

    /**
     * A person confirms a code of the ticket: the annotation is CONFIRMED, the ticket's text becomes evidence for
     * the code (stored and given to the index).
     *
     * @throws TicketException not found, annotation not found, concurrent change
     */
    public Ticket confirm(String ticketId, String code, String by, String note) {
        return verdict(ticketId, code, Review.CONFIRMED, TicketFeedback.Action.CONFIRM, by, note);
    }

    /**
     * A person names the right code: the annotation {@code code} (when given) is CORRECTED, and {@code correctCode}
     * becomes a CONFIRMED annotation of the ticket (the bot's, or a new one from the person). The ticket's text
     * becomes evidence for {@code correctCode}.
     *
     * @param code        the wrong code, or null to add a code to a ticket the bot found nothing for
     * @param correctCode the right code, any spelling; must be in the catalog
     */
    public Ticket correct(String ticketId, String code, String correctCode, String by, String note) {
        String right = CodeSpelling.canonical(correctCode == null ? "" : correctCode)
                .filter(c -> catalog.find(c).isPresent())
                .orElseThrow(() -> new TicketException(TicketErrorCode.UNKNOWN_CODE,
                        "'" + correctCode + "' is not a code of the catalog"));
        return feedback(() -> {
            TicketEntity t = store.require(ticketId);
            AnnotationEntity wrong = code == null || code.isBlank() ? null : requireAnnotation(t, code);
            if (wrong != null && wrong.code.equals(right)) {
                throw new TicketException(TicketErrorCode.INVALID_ARGUMENT,
                        "the correction names the same code " + right + "; confirm it instead");
            }
            List<AnnotationEntity> all = store.annotations(t.id);
            AnnotationEntity target = all.stream().filter(a -> a.code.equals(right)).findFirst().orElse(null);
            if (wrong != null) {
                review(wrong, Review.CORRECTED, by, right);
            }
            if (target == null) {
                Long messageId = wrong != null ? wrong.messageId : firstMessage(t).id;
                target = storeAnnotation(t.id, messageId, all.size(), right);
            }
            review(target, Review.CONFIRMED, by, null);
            record(t, TicketFeedback.Action.CORRECT, wrong == null ? null : wrong.code, right, by, note);
            return learn(t, target, by);
        }, ticketId);
    }

    /** A person rejects a code of the ticket (no replacement). Nothing is learned. */
    public Ticket reject(String ticketId, String code, String by, String note) {
        return verdict(ticketId, code, Review.REJECTED, TicketFeedback.Action.REJECT, by, note);
    }

    /** Confirms or rejects one annotation; a confirmation teaches the index. */
    private Ticket verdict(String ticketId, String code, Review review, TicketFeedback.Action action, String by,
                           String note) {
        return feedback(() -> {
            TicketEntity t = store.require(ticketId);
            AnnotationEntity a = requireAnnotation(t, code);
            review(a, review, by, null);
            record(t, action, a.code, null, by, note);
            return review == Review.CONFIRMED ? learn(t, a, by) : null;
        }, ticketId);
    }

    private AnnotationEntity storeAnnotation(long ticketId, Long messageId, int position, String code) {
        AnnotationEntity a = store.annotationFor(ticketId, messageId, position, code, Source.PERSON);
        a.persist();
        return a;
    }

    private Ticket feedback(Supplier<LearnedEvidenceEntity> change, String ticketId) {
        LearnedEvidenceEntity learned;
        try {
            learned = QuarkusTransaction.requiringNew().call(() -> {
                LearnedEvidenceEntity l = change.get();
                TicketEntity t = store.require(ticketId);
                t.state = TicketStates.derive(store.annotations(t.id));
                t.updatedAt = Instant.now();
                TicketEntity.flush();
                return l;
            });
        } catch (RuntimeException e) {
            if (concurrentUpdate(e)) {
                throw new TicketException(TicketErrorCode.CONCURRENT_CHANGE, "ticket " + ticketId, e);
            }
            throw e;
        }
        if (learned != null) {
            indexRuntime.learned(learned.id, learned.code, learned.text);
        }
        return find(ticketId).orElseThrow();
    }

    private static void review(AnnotationEntity a, Review review, String by, String replacedBy) {
        a.review = review;
        a.reviewedBy = by;
        a.reviewedAt = Instant.now();
        a.replacedBy = replacedBy;
    }

    private static void record(TicketEntity t, TicketFeedback.Action action, String code, String newCode, String by,
                               String note) {
        FeedbackEntity f = new FeedbackEntity();
        f.ticketId = t.id;
        f.action = action;
        f.code = code;
        f.newCode = newCode;
        f.actor = actor(by);
        f.actedAt = Instant.now();
        f.note = cut(note, 4000);
        f.persist();
    }

    /** Stores the text of the annotation's email as evidence for its code, once per ticket and code. */
    private LearnedEvidenceEntity learn(TicketEntity t, AnnotationEntity a, String by) {
        if (LearnedEvidenceEntity.count("ticketId = ?1 and code = ?2", t.id, a.code) > 0) {
            return null;
        }
        MessageEntity m = a.messageId == null ? firstMessage(t) : MessageEntity.findById(a.messageId);
        LearnedEvidenceEntity l = new LearnedEvidenceEntity();
        l.code = a.code;
        l.ticketId = t.id;
        l.text = m.matcherText.isBlank() ? cut(m.bodyText, 40_000) : m.matcherText;
        l.learnedAt = Instant.now();
        l.learnedBy = actor(by);
        l.persist();
        return l;
    }

    private MessageEntity firstMessage(TicketEntity t) {
        return store.messages(t.id).get(0);
    }

    private AnnotationEntity requireAnnotation(TicketEntity t, String code) {
        String canonical = CodeSpelling.canonical(code == null ? "" : code).orElse(code);
        return store.annotations(t.id).stream().filter(a -> a.code.equals(canonical)).findFirst()
                .orElseThrow(() -> new TicketException(TicketErrorCode.ANNOTATION_NOT_FOUND,
                        "ticket " + t.id + " has no annotation " + code));
    }

    /**
     * Gives every stored piece of learned evidence to {@code target} (an index being built at start). Whoever
     * builds the process's {@link CatalogIndex} calls this, so that learning survives restarts.
     */
    public static void replayLearnedEvidence(CatalogIndex target) {
        learnedEvidence().texts().forEach((code, texts) -> texts.forEach(text -> target.addEvidence(code, text)));
    }

    /** Every stored piece of learned evidence, read in a transaction of its own. */
    public static LearnedEvidence learnedEvidence() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, List<String>> texts = new LinkedHashMap<>();
            Set<Long> ids = new HashSet<>();
            LearnedEvidenceEntity.<LearnedEvidenceEntity>streamAll(Sort.by("id")).forEach(l -> {
                texts.computeIfAbsent(l.code, c -> new ArrayList<>()).add(l.text);
                ids.add(l.id);
            });
            return new LearnedEvidence(texts, ids);
        });
    }

    private static String actor(String by) {
        return by == null || by.isBlank() ? "unknown" : cut(by, 200);
    }

    private static String encodeCursor(long id) {
        return CURSOR.encode(Long.toString(id));
    }

    private static long decodeCursor(String cursor) {
        try {
            Optional<String> id = CURSOR.decode(cursor);
            if (id.isPresent()) {
                return Long.parseLong(id.get());
            }
        } catch (NumberFormatException e) {
            // not a number: fall through
        }
        throw new TicketException(TicketErrorCode.INVALID_ARGUMENT, "'" + cursor + "' is not a ticket cursor");
    }

    private static String cut(String s, int max) {
        return TicketStore.cut(s, max);
    }
}
