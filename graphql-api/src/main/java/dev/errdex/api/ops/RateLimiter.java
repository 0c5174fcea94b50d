package dev.errdex.api.ops;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Token buckets by client (an API key's name, an address, or an address's unknown keys): each holds up to {@code burst} tokens and refills at
 * a steady rate; a request takes one. In-process: each replica limits on its own. Bounded in entries and in bytes
 * ({@link #MAX_BUCKETS}, {@link #MAX_BYTES}).
 */
public final class RateLimiter {

    /** Buckets kept at most (about: a few more while threads add at once). */
    static final int MAX_BUCKETS = 100_000;
    /** Bytes the buckets may take at most, estimated as {@link #ENTRY_BYTES} plus two bytes a client-name char. */
    static final long MAX_BYTES = 32L << 20;
    /** A bucket's estimated size without its client name: map node, string and bucket objects. */
    static final int ENTRY_BYTES = 128;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    private final int maxBuckets;
    private final long maxBytes;

    public RateLimiter() {
        this(MAX_BUCKETS, MAX_BYTES);
    }

    RateLimiter(int maxBuckets, long maxBytes) {
        this.maxBuckets = maxBuckets;
        this.maxBytes = maxBytes;
    }

    /**
     * Takes a token for {@code client}. A new client's bucket is made room for when the buckets are at their bound in
     * entries or bytes: first idle full buckets go (dropping them changes no budget), then, if that is not enough,
     * the least recently used tenth, whose clients start again with a full bucket.
     *
     * @param perMinute sustained rate
     * @param burst     bucket size
     * @param nowNanos  the current {@link System#nanoTime()}
     * @return 0 when allowed, else the whole seconds to wait before the next token
     */
    public long take(String client, int perMinute, int burst, long nowNanos) {
        Bucket bucket = buckets.get(client);
        if (bucket == null) {
            if (buckets.size() >= maxBuckets || bytes.get() + size(client) > maxBytes) {
                makeRoom(perMinute, burst, nowNanos);
            }
            bucket = buckets.computeIfAbsent(client, c -> {
                bytes.addAndGet(size(c));
                return new Bucket(burst, nowNanos);
            });
        }
        return bucket.take(perMinute, burst, nowNanos);
    }

    /** The number of buckets held. */
    int buckets() {
        return buckets.size();
    }

    /** The estimated bytes the buckets take. */
    long bytes() {
        return bytes.get();
    }

    private static long size(String client) {
        return ENTRY_BYTES + 2L * client.length();
    }

    private synchronized void makeRoom(int perMinute, int burst, long nowNanos) {
        if (buckets.size() < maxBuckets && bytes.get() < (maxBytes - maxBytes / 10)) {
            return; // another thread made room
        }
        buckets.entrySet().removeIf(e -> e.getValue().full(perMinute, burst, nowNanos) && drop(e.getKey()));
        if (buckets.size() < (maxBuckets - maxBuckets / 10) && bytes.get() < (maxBytes - maxBytes / 10)) {
            return;
        }
        long[] used = buckets.values().stream().mapToLong(Bucket::lastUsed).sorted().toArray();
        if (used.length == 0) {
            return;
        }
        long before = used[Math.min(used.length - 1, Math.max(0, used.length / 10))];
        buckets.entrySet().removeIf(e -> e.getValue().lastUsed() - before <= 0 && drop(e.getKey()));
    }

    private boolean drop(String client) {
        bytes.addAndGet(-size(client));
        return true;
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
        /** When a token was last asked for (refilling, e.g. to check for a full bucket, does not count). */
        private long used;

        Bucket(int burst, long now) {
            tokens = burst;
            last = now;
            used = now;
        }

        synchronized long take(int perMinute, int burst, long now) {
            used = now;
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

        synchronized long lastUsed() {
            return used;
        }

        private void refill(int perMinute, int burst, long now) {
            tokens = Math.min(burst, tokens + (now - last) * (perMinute / 60e9));
            last = now;
        }
    }
}
