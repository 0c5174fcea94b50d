package dev.errdex.triage.outbound;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with jitter: the wait before attempt {@code n+1} is {@code base x 2^(n-1)}, capped at
 * {@code maxDelay}, of which a random share up to {@code jitter} is taken off (so that many failed deliveries do not
 * retry in lockstep).
 *
 * @param maxAttempts attempts in all (the first included); after the last failure the delivery is dead-lettered
 * @param baseDelay   wait after the first failure (before jitter)
 * @param maxDelay    longest wait
 * @param jitter      share of each wait that is random, in [0,1]
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, double jitter) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException(OutboundErrorCode.SETTINGS_INVALID.format(
                    "errdex.outbound.retry.max-attempts must be at least 1, was " + maxAttempts));
        }
        if (baseDelay.isNegative() || maxDelay.isNegative()) {
            throw new IllegalArgumentException(OutboundErrorCode.SETTINGS_INVALID.format(
                    "errdex.outbound.retry delays must not be negative"));
        }
        if (!(jitter >= 0 && jitter <= 1)) {
            throw new IllegalArgumentException(OutboundErrorCode.SETTINGS_INVALID.format(
                    "errdex.outbound.retry.jitter must be in [0,1], was " + jitter));
        }
    }

    /** Whether another attempt follows a failed attempt number {@code attempt} (1-based). */
    public boolean retriesAfter(int attempt) {
        return attempt < maxAttempts;
    }

    /** The wait after failed attempt number {@code attempt} (1-based). */
    public Duration delayAfter(int attempt, RandomGenerator random) {
        long base = Math.max(0, baseDelay.toMillis());
        int shift = Math.min(Math.max(attempt - 1, 0), 40);
        long exponential = base > (Long.MAX_VALUE >> shift) ? Long.MAX_VALUE : base << shift;
        long capped = Math.min(exponential, maxDelay.toMillis());
        long off = (long) (capped * jitter * random.nextDouble());
        return Duration.ofMillis(capped - off);
    }
}
