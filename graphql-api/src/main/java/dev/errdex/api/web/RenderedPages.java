package dev.errdex.api.web;

import dev.errdex.catalog.service.CatalogChanged;
import dev.errdex.catalog.service.CatalogConfig;
import dev.errdex.catalog.service.ExpiringCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Rendered pages of codes, with the validators they are answered with. Any committed {@link CatalogChanged} drops
 * them all (a page also shows titles of related codes); each also expires after {@code errdex.catalog.cache-seconds}
 * (changes made by another process). Only pages of codes in the catalog are kept, per origin (a page holds absolute
 * URLs) and for at most {@value #MAX_ORIGINS} origins, so the cache is bounded by the catalog: pages for any further
 * origin (odd Host headers) are rendered each time. With {@code errdex.pages.base-url} there is one origin.
 */
@ApplicationScoped
public class RenderedPages {

    /** Most origins whose pages are kept. */
    static final int MAX_ORIGINS = 4;

    /**
     * A rendered page, kept encoded: answering it copies bytes rather than encoding some ten thousand characters to
     * UTF-8 on every request.
     *
     * @param utf8         the page, in UTF-8
     * @param validators   its entity tag and last change
     */
    public record Page(byte[] utf8, Validators validators) {

        /** The page {@code html}, encoded once here. */
        public Page(String html, Validators validators) {
            this(html.getBytes(StandardCharsets.UTF_8), validators);
        }
    }

    /**
     * What a conditional request is compared with.
     *
     * @param etag         a weak entity tag, {@code W/"..."}
     * @param lastModified when what the page shows last changed; null when unknown
     */
    public record Validators(String etag, Instant lastModified) {
    }

    @Inject
    CatalogConfig config;

    private final ExpiringCache<Page> pages = new ExpiringCache<>(() -> config.cacheSeconds());
    private final Set<String> origins = ConcurrentHashMap.newKeySet();

    /**
     * The page of {@code code} for {@code origin}, rendered now when missing or expired; empty when the renderer finds
     * nothing to show (such an answer is not cached).
     */
    public Optional<Page> page(String origin, String code, Supplier<Optional<Page>> render) {
        if (!origins.contains(origin) && (origins.size() >= MAX_ORIGINS || !origins.add(origin))) {
            return render.get();
        }
        return pages.get(origin + " " + code, render);
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogChanged change) {
        pages.clear();
    }
}
