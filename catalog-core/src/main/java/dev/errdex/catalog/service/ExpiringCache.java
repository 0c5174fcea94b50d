package dev.errdex.catalog.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
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
        return Optional.ofNullable(getAll(List.of(key),
                missing -> load.get().map(v -> Map.of(key, v)).orElse(Map.of())).get(key));
    }

    /**
     * The value cached under {@code key} if it is there and not expired; never loads (for callers that must not
     * block, such as an event loop, and load elsewhere).
     */
    public Optional<V> cached(String key) {
        Cached<V> cached = values.get(key);
        return cached != null && System.nanoTime() - cached.loadedAt() < ttlSeconds.getAsLong() * 1_000_000_000L
                ? Optional.of(cached.value()) : Optional.empty();
    }

    /**
     * The values cached under {@code keys}, loading all that are missing or expired with one call of
     * {@code loadMissing} (keys it does not answer are absent from the result).
     */
    public Map<String, V> getAll(Collection<String> keys, Function<Collection<String>, Map<String, V>> loadMissing) {
        long ttl = ttlSeconds.getAsLong() * 1_000_000_000L;
        long now = System.nanoTime();
        Map<String, V> result = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String key : keys) {
            Cached<V> cached = values.get(key);
            if (cached != null && now - cached.loadedAt() < ttl) {
                result.put(key, cached.value());
            } else {
                missing.add(key);
            }
        }
        if (missing.isEmpty()) {
            return result;
        }
        long seen = generation.get();
        Map<String, V> loaded = loadMissing.apply(missing);
        if (ttl > 0 && generation.get() == seen) {
            loaded.forEach((key, value) -> values.put(key, new Cached<>(value, now)));
            if (generation.get() != seen) {
                loaded.keySet().forEach(values::remove); // evicted meanwhile
            }
        }
        result.putAll(loaded);
        return result;
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
