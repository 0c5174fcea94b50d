package dev.errdex.catalog.service;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Values derived from the catalog, by key, for the process's caches (entries, rendered pages): each value expires
 * after a time to live, and is dropped when evicted after a committed {@link CatalogChanged}. A value loaded while an
 * eviction happens is not kept. Only present values are kept. Thread-safe.
 *
 * @param <V> the cached value
 */
public final class ExpiringCache<V> {

    private record Cached<V>(V value, long loadedAt) {
    }

    private final Map<String, Cached<V>> values = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final LongSupplier ttlSeconds;

    /** @param ttlSeconds the time to live in seconds, read at each look-up; 0 keeps nothing */
    public ExpiringCache(LongSupplier ttlSeconds) {
        this.ttlSeconds = ttlSeconds;
    }

    /** The value cached under {@code key}, loaded with {@code load} when missing or expired. */
    public Optional<V> get(String key, Supplier<Optional<V>> load) {
        long ttl = ttlSeconds.getAsLong() * 1_000_000_000L;
        long now = System.nanoTime();
        Cached<V> cached = values.get(key);
        if (cached != null && now - cached.loadedAt() < ttl) {
            return Optional.of(cached.value());
        }
        long seen = generation.get();
        Optional<V> loaded = load.get();
        if (ttl > 0 && loaded.isPresent() && generation.get() == seen) {
            values.put(key, new Cached<>(loaded.get(), now));
            if (generation.get() != seen) {
                values.remove(key); // evicted meanwhile
            }
        }
        return loaded;
    }

    /** Drops these keys. */
    public void evict(Collection<String> keys) {
        generation.incrementAndGet();
        keys.forEach(values::remove);
    }

    /** Drops everything. */
    public void clear() {
        generation.incrementAndGet();
        values.clear();
    }
}
