package dev.errdex.api.ops;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets by client (an API key's name, an address, or an address's unknown keys): each holds up to {@code burst} tokens and refills at
 * a steady rate; a request takes one. In-process: each replica limits on its own.
 */
public final class RateLimiter {

    /** Buckets kept before idle full ones are dropped. */
    private static final int MAX_BUCKETS = 100_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /**
     * Takes a token for {@code client}.
     *
     * @param perMinute sustained rate
     * @param burst     bucket size
     * @param nowNanos  the current {@link System#nanoTime()}
     * @return 0 when allowed, else the whole seconds to wait before the next token
     */
    public long take(String client, int perMinute, int burst, long nowNanos) {
        if (buckets.size() > MAX_BUCKETS) {
            buckets.values().removeIf(b -> b.full(perMinute, burst, nowNanos));
        }
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(burst, nowNanos));
        return bucket.take(perMinute, burst, nowNanos);
    }

    /**
     * The whole seconds {@code client} must wait before it may take a token, without taking one: 0 when a token is
     * there.
     */
    public long waitFor(String client, int perMinute, int burst, long nowNanos) {
        Bucket bucket = buckets.get(client);
        return bucket == null ? 0 : bucket.waitFor(perMinute, burst, nowNanos);
    }

    /**
     * What {@code client}'s bucket holds now: whole tokens left and whole seconds until it is full again (the
     * {@code RateLimit-Remaining} and {@code RateLimit-Reset} headers).
     */
    public State state(String client, int perMinute, int burst, long nowNanos) {
        Bucket bucket = buckets.get(client);
        return bucket == null ? new State(burst, 0) : bucket.state(perMinute, burst, nowNanos);
    }

    /** Whole tokens left in a bucket and whole seconds until it is full. */
    public record State(long remaining, long resetSeconds) {
    }

    private static final class Bucket {
        private double tokens;
        private long last;

        Bucket(int burst, long now) {
            tokens = burst;
            last = now;
        }

        synchronized long take(int perMinute, int burst, long now) {
            refill(perMinute, burst, now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return waitFor(perMinute, burst, now);
        }

        synchronized long waitFor(int perMinute, int burst, long now) {
            refill(perMinute, burst, now);
            return tokens >= 1 ? 0 : Math.max(1, (long) Math.ceil((1 - tokens) / (perMinute / 60e9) / 1e9));
        }

        synchronized State state(int perMinute, int burst, long now) {
            refill(perMinute, burst, now);
            return new State((long) Math.floor(tokens), (long) Math.ceil((burst - tokens) / (perMinute / 60.0)));
        }

        synchronized boolean full(int perMinute, int burst, long now) {
            refill(perMinute, burst, now);
            return tokens >= burst;
        }

        private void refill(int perMinute, int burst, long now) {
            tokens = Math.min(burst, tokens + (now - last) * (perMinute / 60e9));
            last = now;
        }
    }
}
