package dev.errdex.api.web;

import dev.errdex.catalog.service.CatalogChanged;
import dev.errdex.catalog.service.CatalogConfig;
import dev.errdex.catalog.service.ExpiringCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Rendered pages of codes. Any committed {@link CatalogChanged} drops them all (a page also shows titles of related
 * codes); each also expires after {@code errdex.catalog.cache-seconds} (changes made by another process). Only pages
 * of codes in the catalog are kept, so the cache is bounded by the catalog.
 */
@ApplicationScoped
public class RenderedPages {

    @Inject
    CatalogConfig config;

    private final ExpiringCache<String> pages = new ExpiringCache<>(() -> config.cacheSeconds());

    /**
     * The page cached under {@code key}, rendered now when missing or expired; empty when the renderer finds nothing
     * to show (such an answer is not cached).
     */
    public Optional<String> page(String key, Supplier<Optional<String>> render) {
        return pages.get(key, render);
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogChanged change) {
        pages.clear();
    }
}
