package dev.errdex.api.graphql.cache;

import dev.errdex.api.ops.ApiConfig;
import dev.errdex.catalog.service.CatalogChanged;
import dev.errdex.triage.index.IndexChanged;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import java.util.ArrayDeque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The answers {@link ResponseCacheRoute} keeps: bounded by {@code errdex.api.response-cache.max-entries} and
 * {@code .max-bytes} (the oldest go first), each dropped after {@code .ttl}, all dropped by any committed
 * {@link CatalogChanged} (local, or another replica's through the catalog follower) and when the search index changes
 * without one (learned evidence, rebuild).
 *
 * <p>An answer is stored only when no change happened since its request started ({@link #generation()}): a request
 * that read the catalog before a change and ends after the eviction does not put the old answer back. The observer
 * runs after the other caches' (entries, search index), so that a request starting after the eviction reads fresh
 * data. Look-ups take no lock; stores and evictions (rare: misses and changes) are synchronised.
 */
@ApplicationScoped
public class CachedResponses {

    /** What SmallRye answered: status, Content-Type and the exact body bytes. */
    public record Answer(int status, String contentType, byte[] body) {
    }

    private record Entry(Answer answer, long storedAt, long size, long sequence) {
    }

    private record Slot(String key, long sequence) {
    }

    /** Bytes counted per entry beyond the key's characters and the body. */
    static final int OVERHEAD = 96;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final ArrayDeque<Slot> order = new ArrayDeque<>(); // guarded by this
    private final AtomicLong generation = new AtomicLong();
    private final ApiConfig.ResponseCache config;
    private long bytes; // guarded by this
    private long sequence; // guarded by this

    @Inject
    CachedResponses(ApiConfig config) {
        this(config.responseCache());
    }

    CachedResponses(ApiConfig.ResponseCache config) {
        this.config = config;
    }

    /** The answer kept under {@code key}, if one is and it is younger than the time to live. */
    public Optional<Answer> get(String key) {
        Entry e = entries.get(key);
        if (e == null) {
            return Optional.empty();
        }
        if (System.nanoTime() - e.storedAt() >= config.ttl().toNanos()) {
            remove(key, e);
            return Optional.empty();
        }
        return Optional.of(e.answer());
    }

    /** A stamp to take before a request reads the catalog and to give back to {@link #put}. */
    public long generation() {
        return generation.get();
    }

    /** Keeps {@code answer} unless the catalog changed since {@code seen} was taken or it alone is over the bounds. */
    public synchronized void put(String key, Answer answer, long seen) {
        long size = (long) key.length() * 2 + answer.body().length + answer.contentType().length() + OVERHEAD;
        long maxBytes = config.maxBytes().asLongValue();
        int maxEntries = config.maxEntries();
        if (generation.get() != seen || size > maxBytes || maxEntries <= 0) {
            return;
        }
        Entry old = entries.get(key);
        if (old != null) {
            remove(key, old);
        }
        while (!order.isEmpty() && (entries.size() >= maxEntries || bytes + size > maxBytes)) {
            Slot oldest = order.pollFirst();
            Entry e = entries.get(oldest.key());
            if (e != null && e.sequence() == oldest.sequence()) {
                remove(oldest.key(), e);
            }
        }
        long s = ++sequence;
        entries.put(key, new Entry(answer, System.nanoTime(), size, s));
        order.addLast(new Slot(key, s));
        bytes += size;
        if (order.size() > 2 * Math.max(entries.size(), 64)) {
            compact();
        }
    }

    /** Forgets the slots of answers already dropped (expired or replaced), keeping the others in order. */
    private void compact() {
        order.removeIf(slot -> {
            Entry e = entries.get(slot.key());
            return e == null || e.sequence() != slot.sequence();
        });
    }

    /** Drops every answer; requests under way when this runs do not store theirs. */
    public synchronized void clear() {
        generation.incrementAndGet();
        entries.clear();
        order.clear();
        bytes = 0;
    }

    /** Number of answers kept (including expired ones not yet dropped). */
    public int size() {
        return entries.size();
    }

    /** Places in the eviction order, including those of answers already dropped (bounded by compaction). */
    synchronized int slots() {
        return order.size();
    }

    /** Bytes counted for the answers kept. */
    public synchronized long bytes() {
        return bytes;
    }

    private synchronized void remove(String key, Entry e) {
        if (entries.remove(key, e)) {
            bytes -= e.size();
        }
    }

    /** Runs after the entry cache and the search index applied the change (they observe with the default priority). */
    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS)
                  @Priority(Interceptor.Priority.APPLICATION + 2000) CatalogChanged change) {
        clear();
    }

    /** The index answers differently (rebuilt, learned evidence) without a catalog change: cached answers go too. */
    void onIndexChange(@Observes IndexChanged change) {
        clear();
    }
}
