package dev.errdex.catalog.service.internal;

import dev.errdex.catalog.service.CatalogChanged;
import dev.errdex.catalog.service.CatalogConfig;
import dev.errdex.catalog.service.ExpiringCache;
import dev.errdex.catalog.service.StoredEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Entries read by {@code CatalogService.find} outside transactions, by canonical code. A committed
 * {@link CatalogChanged} evicts the codes it names; every entry also expires after
 * {@link CatalogConfig#cacheSeconds()} (changes made by another process). Only entries that exist are kept, so the
 * cache holds at most the catalog.
 */
@ApplicationScoped
public class EntryCache {

    @Inject
    CatalogConfig config;

    private final ExpiringCache<StoredEntry> entries = new ExpiringCache<>(() -> config.cacheSeconds());

    /** The cached entry of a canonical code, loaded with {@code load} when missing or expired. */
    public Optional<StoredEntry> get(String code, Supplier<Optional<StoredEntry>> load) {
        return entries.get(code, load);
    }

    /** The cached entries of canonical codes; those missing or expired are loaded with one call of {@code load}. */
    public java.util.Map<String, StoredEntry> getAll(java.util.Collection<String> codes,
            java.util.function.Function<java.util.Collection<String>, java.util.Map<String, StoredEntry>> load) {
        return entries.getAll(codes, load);
    }

    /** Forgets everything (for tools that write the tables directly, such as tests). */
    public void clear() {
        entries.clear();
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogChanged change) {
        entries.evict(change.codes());
    }
}
