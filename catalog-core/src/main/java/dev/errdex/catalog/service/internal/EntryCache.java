package dev.errdex.catalog.service.internal;

import dev.errdex.catalog.service.CatalogChanged;
import dev.errdex.catalog.service.CatalogConfig;
import dev.errdex.catalog.service.StoredEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Entries read by {@code CatalogService.find} outside transactions, by canonical code. A committed
 * {@link CatalogChanged} evicts the codes it names; every entry also expires after
 * {@link CatalogConfig#cacheSeconds()} (changes made by another process). Only entries that exist are kept, so the
 * cache holds at most the catalog.
 */
@ApplicationScoped
public class EntryCache {

    private record Cached(StoredEntry entry, long loadedAt) {
    }

    private final Map<String, Cached> entries = new ConcurrentHashMap<>();
    /** Bumped by every eviction, so that a value read while a change commits is not kept. */
    private final AtomicLong generation = new AtomicLong();

    @Inject
    CatalogConfig config;

    /** The cached entry of a canonical code, loaded with {@code load} when missing or expired. */
    public Optional<StoredEntry> get(String code, Supplier<Optional<StoredEntry>> load) {
        long ttl = config.cacheSeconds() * 1_000_000_000L;
        Cached cached = entries.get(code);
        long now = System.nanoTime();
        if (cached != null && now - cached.loadedAt() < ttl) {
            return Optional.of(cached.entry());
        }
        long seen = generation.get();
        Optional<StoredEntry> loaded = load.get();
        if (ttl > 0 && loaded.isPresent() && generation.get() == seen) {
            entries.put(code, new Cached(loaded.get(), now));
            if (generation.get() != seen) {
                entries.remove(code); // a change committed meanwhile
            }
        }
        return loaded;
    }

    /** Forgets everything (for tools that write the tables directly, such as tests). */
    public void clear() {
        generation.incrementAndGet();
        entries.clear();
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogChanged change) {
        generation.incrementAndGet();
        change.codes().forEach(entries::remove);
    }
}
