package dev.errdex.api.ops;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rate limiter's buckets stay within their bounds in entries and in bytes however many clients come, including
 * clients that are all still spending (no bucket is full, so none can be dropped for free), and a client that keeps
 * coming keeps its spent budget.
 */
class RateLimiterBoundsTest {

    private static final long MINUTE = 60_000_000_000L;

    @Test
    void manySpendingClientsStayWithinTheEntryBound() {
        RateLimiter limiter = new RateLimiter(1_000, Long.MAX_VALUE);
        int most = 0;
        for (int i = 0; i < 50_000; i++) {
            limiter.take("ip:10.0." + (i >> 8) + "." + (i & 255), 1, 5, i * 1_000L);
            most = Math.max(most, limiter.buckets());
        }
        assertThat(most).isLessThanOrEqualTo(1_000);
    }

    @Test
    void longClientNamesStayWithinTheByteBound() {
        long maxBytes = 1L << 20;
        RateLimiter limiter = new RateLimiter(Integer.MAX_VALUE, maxBytes);
        String longName = "key:" + "n".repeat(2_000);
        long most = 0;
        for (int i = 0; i < 10_000; i++) {
            limiter.take(longName + i, 1, 5, i * 1_000L);
            most = Math.max(most, limiter.bytes());
        }
        assertThat(most).isLessThanOrEqualTo(maxBytes + RateLimiter.ENTRY_BYTES + 2L * 2_010);
        assertThat(limiter.buckets()).isPositive().isLessThan(10_000);
    }

    @Test
    void aClientThatKeepsComingKeepsItsSpentBudgetWhileOthersAreDropped() {
        RateLimiter limiter = new RateLimiter(100, Long.MAX_VALUE);
        long now = 0;
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.take("ip:192.0.2.1", 1, 5, now)).isZero();
        }
        for (int i = 0; i < 10_000; i++) {
            now += 1_000;
            limiter.take("ip:10.1." + (i >> 8) + "." + (i & 255), 1, 5, now);
            if (i % 50 == 0) {
                assertThat(limiter.take("ip:192.0.2.1", 1, 5, now)).as("the spender is still over its budget")
                        .isPositive();
            }
        }
        assertThat(now).isLessThan(MINUTE); // no refill has happened meanwhile
    }
}
