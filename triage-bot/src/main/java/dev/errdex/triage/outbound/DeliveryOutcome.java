package dev.errdex.triage.outbound;

import java.time.Duration;

/**
 * What one delivery attempt gave.
 *
 * @param kind       delivered, worth retrying, or permanently refused
 * @param detail     what happened (status, error), for the log and the dead-letter record
 * @param retryAfter for {@code RETRY}: the receiver's own wait ({@code Retry-After}), or null when it named none; the
 *                   next attempt is never earlier than this
 */
public record DeliveryOutcome(Kind kind, String detail, Duration retryAfter) {

    public enum Kind { DELIVERED, RETRY, REFUSED }

    public DeliveryOutcome(Kind kind, String detail) {
        this(kind, detail, null);
    }

    public static DeliveryOutcome delivered(String detail) {
        return new DeliveryOutcome(Kind.DELIVERED, detail);
    }

    public static DeliveryOutcome retry(String detail) {
        return new DeliveryOutcome(Kind.RETRY, detail);
    }

    /** Worth retrying, but not before {@code after} (the receiver's {@code Retry-After}; null: no wish). */
    public static DeliveryOutcome retry(String detail, Duration after) {
        return new DeliveryOutcome(Kind.RETRY, detail, after);
    }

    public static DeliveryOutcome refused(String detail) {
        return new DeliveryOutcome(Kind.REFUSED, detail);
    }
}
