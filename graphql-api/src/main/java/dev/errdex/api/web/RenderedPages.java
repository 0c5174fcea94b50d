package dev.errdex.api.web;

import dev.errdex.catalog.service.CatalogChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Rendered pages of codes, kept until the catalog changes (any committed {@link CatalogChanged} drops them all: a page
 * also shows titles of related codes). Bounded by the size of the catalog.
 */
@ApplicationScoped
public class RenderedPages {

    private final Map<String, String> pages = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    /**
     * The page cached under {@code key}, rendered now when missing; empty when the renderer finds nothing to show
     * (such an answer is not cached).
     */
    public Optional<String> page(String key, Supplier<Optional<String>> render) {
        String html = pages.get(key);
        if (html != null) {
            return Optional.of(html);
        }
        long seen = generation.get();
        Optional<String> rendered = render.get();
        if (rendered.isPresent() && generation.get() == seen) {
            pages.put(key, rendered.get());
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
