package dev.errdex.api.web;

import dev.errdex.catalog.service.CatalogChanged;
import dev.errdex.catalog.service.CatalogConfig;
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
 * Rendered pages of codes. Any committed {@link CatalogChanged} drops them all (a page also shows titles of related
 * codes); each also expires after {@code errdex.catalog.cache-seconds} (changes made by another process). Only pages
 * of codes in the catalog are kept, so the cache is bounded by the catalog.
 */
@ApplicationScoped
public class RenderedPages {

    private record Rendered(String html, long renderedAt) {
    }

    private final Map<String, Rendered> pages = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    @Inject
    CatalogConfig config;

    /**
     * The page cached under {@code key}, rendered now when missing or expired; empty when the renderer finds nothing
     * to show (such an answer is not cached).
     */
    public Optional<String> page(String key, Supplier<Optional<String>> render) {
        long ttl = config.cacheSeconds() * 1_000_000_000L;
        long now = System.nanoTime();
        Rendered cached = pages.get(key);
        if (cached != null && now - cached.renderedAt() < ttl) {
            return Optional.of(cached.html());
        }
        long seen = generation.get();
        Optional<String> rendered = render.get();
        if (ttl > 0 && rendered.isPresent() && generation.get() == seen) {
            pages.put(key, new Rendered(rendered.get(), now));
            if (generation.get() != seen) {
                pages.remove(key); // a change committed meanwhile
            }
        }
        return rendered;
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogChanged change) {
        generation.incrementAndGet();
        pages.clear();
    }
}
