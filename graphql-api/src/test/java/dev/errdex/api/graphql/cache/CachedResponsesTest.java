package dev.errdex.api.graphql.cache;

import dev.errdex.api.ops.ApiConfig;
import io.quarkus.runtime.configuration.MemorySize;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The store's bounds, time to live and invalidation, without HTTP. */
class CachedResponsesTest {

    private static CachedResponses cache(int maxEntries, long maxBytes, Duration ttl) {
        return new CachedResponses(new ApiConfig.ResponseCache() {
            @Override
            public boolean enabled() {
                return true;
            }

            @Override
            public int maxEntries() {
                return maxEntries;
            }

            @Override
            public MemorySize maxBytes() {
                return new MemorySize(BigInteger.valueOf(maxBytes));
            }

            @Override
            public Duration ttl() {
                return ttl;
            }
        });
    }

    private static CachedResponses.Answer answer(String body) {
        return new CachedResponses.Answer(200, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void keepsAtMostMaxEntriesDroppingTheOldestFirst() {
        CachedResponses cache = cache(3, 1 << 20, Duration.ofMinutes(1));
        for (int i = 1; i <= 5; i++) {
            cache.put("k" + i, answer("{\"n\":" + i + "}"), cache.generation());
        }
        assertThat(cache.size()).isEqualTo(3);
        assertThat(cache.get("k1")).isEmpty();
        assertThat(cache.get("k2")).isEmpty();
        assertThat(cache.get("k5")).get().extracting(a -> new String(a.body(), StandardCharsets.UTF_8))
                .isEqualTo("{\"n\":5}");
    }

    @Test
    void keepsAtMostMaxBytesAndNothingLargerThanThat() {
        long one = 2 * 2 + 1000 + "application/json".length() + CachedResponses.OVERHEAD; // key "kN" and the body
        CachedResponses cache = cache(100, 2 * one, Duration.ofMinutes(1));
        cache.put("k1", answer("x".repeat(1000)), cache.generation());
        cache.put("k2", answer("y".repeat(1000)), cache.generation());
        cache.put("k3", answer("z".repeat(1000)), cache.generation());
        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.bytes()).isLessThanOrEqualTo(2 * one);
        assertThat(cache.get("k1")).isEmpty();

        cache.put("big", answer("b".repeat(5000)), cache.generation());
        assertThat(cache.get("big")).isEmpty();
    }

    @Test
    void dropsAnswersOlderThanTheTimeToLive() throws InterruptedException {
        CachedResponses cache = cache(100, 1 << 20, Duration.ofMillis(50));
        cache.put("k", answer("{}"), cache.generation());
        assertThat(cache.get("k")).isPresent();
        Thread.sleep(80);
        assertThat(cache.get("k")).isEmpty();
        assertThat(cache.bytes()).isZero();
    }

    @Test
    void anAnswerComputedWhileTheCatalogChangedIsNotKept() {
        CachedResponses cache = cache(100, 1 << 20, Duration.ofMinutes(1));
        cache.put("k", answer("{\"old\":true}"), cache.generation());
        long seen = cache.generation();
        cache.clear(); // a change committed while the next request ran
        cache.put("k", answer("{\"old\":true}"), seen);
        assertThat(cache.get("k")).isEmpty();
        assertThat(cache.size()).isZero();
    }

    @Test
    void replacingAndExpiringKeysDoesNotGrowTheBookkeeping() {
        CachedResponses cache = cache(10, 1 << 20, Duration.ofMinutes(1));
        for (int i = 0; i < 10_000; i++) {
            cache.put("k" + (i % 3), answer("{\"n\":" + i + "}"), cache.generation());
        }
        assertThat(cache.size()).isEqualTo(3);
        assertThat(cache.slots()).isLessThanOrEqualTo(2 * 64 + 1);
        long expected = 3 * (2 * 2 + "application/json".length() + CachedResponses.OVERHEAD)
                + "{\"n\":9997}".length() + "{\"n\":9998}".length() + "{\"n\":9999}".length();
        assertThat(cache.bytes()).isEqualTo(expected);
    }
}
