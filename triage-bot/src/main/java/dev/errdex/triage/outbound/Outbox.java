package dev.errdex.triage.outbound;

import dev.errdex.triage.outbound.internal.OutboundDeadLetterEntity;
import dev.errdex.triage.outbound.internal.OutboundDeliveryEntity;
import dev.errdex.triage.outbound.DeliveryOutcome;
import dev.errdex.triage.outbound.OutboundErrorCode;
import dev.errdex.triage.outbound.PlannedDelivery;
import dev.errdex.triage.outbound.RetryPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The outbox of remediation notes (table outbound_delivery): one row per note, unique by idempotency key.
 * {@link #enqueue} joins the caller's transaction (the ticket's), so that a note is queued with its ticket or not at
 * all; every other method runs in a transaction of its own.
 */
@ApplicationScoped
public class Outbox {

    private static final int MAX_ERROR = 2000;

    /** A note reserved for sending. */
    public record Claimed(long id, String ticketId, String target, String idempotencyKey, String payload,
                          int attempt) {
    }

    /**
     * Queues a note unless one with its key is already there, in the caller's transaction (or a new one when there is
     * none); true when it was queued.
     */
    @Transactional(TxType.REQUIRED)
    public boolean enqueue(PlannedDelivery planned, Instant now) {
        if (OutboundDeliveryEntity.count("idempotencyKey", planned.idempotencyKey()) > 0) {
            return false;
        }
        OutboundDeliveryEntity row = new OutboundDeliveryEntity();
        row.idempotencyKey = planned.idempotencyKey();
        row.ticketId = planned.ticketId();
        row.target = planned.target().name();
        row.payload = planned.payload();
        row.state = OutboundDeliveryEntity.PENDING;
        row.attempts = 0;
        row.nextAttemptAt = now;
        row.createdAt = now;
        row.updatedAt = now;
        row.persistAndFlush();
        return true;
    }

    /** Ids of notes to send now: pending and due, or reserved by a sender whose lease ran out. */
    @Transactional(TxType.REQUIRES_NEW)
    public List<Long> due(Instant now, int limit) {
        return OutboundDeliveryEntity.<OutboundDeliveryEntity>find(
                        "(state = ?1 and nextAttemptAt <= ?2) or (state = ?3 and leaseUntil < ?2) order by nextAttemptAt",
                        OutboundDeliveryEntity.PENDING, now, OutboundDeliveryEntity.SENDING)
                .page(0, limit).list().stream().map(e -> e.id).toList();
    }

    /**
     * Reserves a note for one attempt (counted now, so that a crash while sending still counts); empty when another
     * sender has it or it is not due.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<Claimed> claim(long id, Instant now, Duration lease) {
        int updated = OutboundDeliveryEntity.update(
                "state = ?1, leaseUntil = ?2, attempts = attempts + 1, updatedAt = ?3 where id = ?4 and"
                        + " ((state = ?5 and nextAttemptAt <= ?3) or (state = ?1 and leaseUntil < ?3))",
                OutboundDeliveryEntity.SENDING, now.plus(lease), now, id, OutboundDeliveryEntity.PENDING);
        if (updated != 1) {
            return Optional.empty();
        }
        OutboundDeliveryEntity row = OutboundDeliveryEntity.findById(id);
        return Optional.of(new Claimed(row.id, row.ticketId, row.target, row.idempotencyKey, row.payload,
                row.attempts));
    }

    /**
     * Records the result of an attempt: delivered; pending again after a backoff (never shorter than the receiver's
     * {@code Retry-After}); or dead, with a dead-letter row,
     * when the target refused it or the attempts are used up.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public DeliveryStatus record(Claimed claimed, DeliveryOutcome outcome, Instant now, RetryPolicy policy,
                                 RandomGenerator random) {
        OutboundDeliveryEntity row = OutboundDeliveryEntity.findById(claimed.id());
        row.updatedAt = now;
        row.leaseUntil = null;
        switch (outcome.kind()) {
            case DELIVERED -> {
                row.state = OutboundDeliveryEntity.DELIVERED;
                row.deliveredAt = now;
            }
            case RETRY -> {
                row.lastError = cut(outcome.detail());
                if (policy.retriesAfter(row.attempts)) {
                    row.state = OutboundDeliveryEntity.PENDING;
                    Duration wait = policy.delayAfter(row.attempts, random);
                    if (outcome.retryAfter() != null && outcome.retryAfter().compareTo(wait) > 0) {
                        wait = outcome.retryAfter();
                    }
                    row.nextAttemptAt = now.plus(wait);
                } else {
                    bury(row, outcome.detail(), now);
                }
            }
            case REFUSED -> {
                row.lastError = cut(outcome.detail());
                bury(row, outcome.detail(), now);
            }
            default -> throw new IllegalStateException("unknown outcome " + outcome.kind());
        }
        return status(row);
    }

    /**
     * Queues a dead note again for a fresh round of attempts (after its cause was fixed); its dead-letter row stays
     * as history. False when the note is not dead.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean requeue(long id, Instant now) {
        return OutboundDeliveryEntity.update("state = ?1, attempts = 0, nextAttemptAt = ?2, updatedAt = ?2"
                + " where id = ?3 and state = ?4", OutboundDeliveryEntity.PENDING, now, id,
                OutboundDeliveryEntity.DEAD) == 1;
    }

    /** The notes of a ticket, oldest first. */
    @Transactional(TxType.REQUIRES_NEW)
    public List<DeliveryStatus> deliveries(String ticketId) {
        return OutboundDeliveryEntity.<OutboundDeliveryEntity>find("ticketId = ?1 order by id", ticketId).stream()
                .map(Outbox::status).toList();
    }

    /** The dead letters of a ticket, oldest first. */
    @Transactional(TxType.REQUIRES_NEW)
    public List<DeadLetter> deadLetters(String ticketId) {
        return OutboundDeadLetterEntity.<OutboundDeadLetterEntity>find("ticketId = ?1 order by id", ticketId)
                .stream()
                .map(Outbox::deadLetter)
                .toList();
    }

    /** The latest dead letters of all tickets, newest first, at most {@code limit}. */
    @Transactional(TxType.REQUIRES_NEW)
    public List<DeadLetter> recentDeadLetters(int limit) {
        return OutboundDeadLetterEntity.<OutboundDeadLetterEntity>find("order by id desc").page(0, limit).list()
                .stream()
                .map(Outbox::deadLetter)
                .toList();
    }

    private static DeadLetter deadLetter(OutboundDeadLetterEntity d) {
        return new DeadLetter(d.deliveryId, d.ticketId, d.target, d.idempotencyKey, d.attempts, d.reason, d.deadAt);
    }

    private static void bury(OutboundDeliveryEntity row, String reason, Instant now) {
        row.state = OutboundDeliveryEntity.DEAD;
        OutboundDeadLetterEntity dead = new OutboundDeadLetterEntity();
        dead.deliveryId = row.id;
        dead.idempotencyKey = row.idempotencyKey;
        dead.ticketId = row.ticketId;
        dead.target = row.target;
        dead.attempts = row.attempts;
        dead.reason = cut(OutboundErrorCode.DEAD_LETTER.format(row.idempotencyKey, row.target, row.attempts, reason));
        dead.payload = row.payload;
        dead.deadAt = now;
        dead.persist();
    }

    private static DeliveryStatus status(OutboundDeliveryEntity row) {
        return new DeliveryStatus(row.id, row.ticketId, row.target, row.idempotencyKey, row.state, row.attempts,
                row.lastError, row.deliveredAt);
    }

    private static String cut(String text) {
        if (text == null) {
            return null;
        }
        return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR - 3) + "...";
    }
}
