package dev.errdex.triage.outbound;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(5, Duration.ofSeconds(2), Duration.ofSeconds(10), 0.0);

    @Test
    void doublesTheWaitAfterEachFailureUpToTheMaximum() {
        SplittableRandom random = new SplittableRandom(1);
        assertThat(policy.delayAfter(1, random)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.delayAfter(2, random)).isEqualTo(Duration.ofSeconds(4));
        assertThat(policy.delayAfter(3, random)).isEqualTo(Duration.ofSeconds(8));
        assertThat(policy.delayAfter(4, random)).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.delayAfter(60, random)).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void jitterTakesARandomShareOffEachWaitButNeverMore() {
        RetryPolicy jittered = new RetryPolicy(5, Duration.ofSeconds(4), Duration.ofMinutes(1), 0.5);
        SplittableRandom random = new SplittableRandom(7);
        long distinct = java.util.stream.IntStream.range(0, 200)
                .mapToObj(i -> jittered.delayAfter(1, random))
                .peek(d -> assertThat(d).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(4)))
                .distinct().count();
        assertThat(distinct).isGreaterThan(100);
    }

    @Test
    void retriesUntilTheLastAttempt() {
        assertThat(policy.retriesAfter(4)).isTrue();
        assertThat(policy.retriesAfter(5)).isFalse();
    }

    @Test
    void refusesSettingsThatCannotWork() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO, 0))
                .hasMessageStartingWith("ERR_ERRDEX_1265").hasMessageContaining("max-attempts");
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ZERO, Duration.ZERO, 1.5))
                .hasMessageContaining("jitter");
    }
}
