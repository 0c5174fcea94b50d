package dev.errdex.api.web;

import dev.errdex.catalog.service.CatalogChanged;
import dev.errdex.catalog.service.CatalogConfig;
import dev.errdex.catalog.service.ExpiringCache;
import io.vertx.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;

/**
 * Rendered pages of codes, with the validators they are answered with and their compressed bodies. Any committed
 * {@link CatalogChanged} drops them all (a page also shows titles of related codes); each also expires after
 * {@code errdex.catalog.cache-seconds} (changes made by another process). Only pages of codes in the catalog are
 * kept, per origin (a page holds absolute URLs) and for at most {@value #MAX_ORIGINS} origins, so the cache is bounded
 * by the catalog: pages for any further origin (odd Host headers) are rendered each time. With
 * {@code errdex.pages.base-url} there is one origin.
 */
@ApplicationScoped
public class RenderedPages {

    /** Most origins whose pages are kept. */
    static final int MAX_ORIGINS = 4;

    /**
     * A rendered page, kept encoded: answering it copies no bytes, rather than encoding some ten thousand characters
     * to UTF-8 on every request. Its gzip and brotli bodies are made at the first request that asks for each
     * ({@link PageCoding}) and kept with it, so they live and go with the page.
     */
    public static final class Page {

        private final Buffer plain;
        private final Validators validators;
        private final String lastModified;
        /** The compressed bodies by {@link PageCoding#ordinal()}, each made at its first use. */
        private final AtomicReferenceArray<Buffer> compressed = new AtomicReferenceArray<>(PageCoding.values().length);

        /** The page {@code html}, encoded once here. */
        public Page(String html, Validators validators) {
            this.plain = Buffer.buffer(html.getBytes(StandardCharsets.UTF_8));
            this.validators = validators;
            this.lastModified = validators.lastModified() == null ? null
                    : ConditionalAnswers.httpDate(validators.lastModified());
        }

        /** The page in UTF-8 (a copy). */
        public byte[] utf8() {
            return plain.getBytes();
        }

        /** Its entity tag and last change. */
        public Validators validators() {
            return validators;
        }

        /** {@code Last-Modified} of the page as an HTTP date, or null. */
        String lastModified() {
            return lastModified;
        }

        /**
         * The body in {@code coding}, compressed at the first call for that coding and kept. The buffer is shared by
         * every answer: Vert.x writes a slice of it and never changes or releases it.
         */
        Buffer body(PageCoding coding) {
            if (coding == PageCoding.IDENTITY) {
                return plain;
            }
            Buffer kept = compressed.get(coding.ordinal());
            if (kept == null) {
                kept = Buffer.buffer(coding.compress(plain.getBytes()));
                compressed.set(coding.ordinal(), kept); // two threads at once make the same bytes: no lock needed
            }
            return kept;
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

    private final Map<String, ExpiringCache<Page>> byOrigin = new ConcurrentHashMap<>();

    /**
     * The page of {@code code} for {@code origin}, rendered now when missing or expired; empty when the renderer finds
     * nothing to show (such an answer is not cached).
     */
    public Optional<Page> page(String origin, String code, Supplier<Optional<Page>> render) {
        ExpiringCache<Page> pages = byOrigin.get(origin);
        if (pages == null) {
            synchronized (byOrigin) {
                pages = byOrigin.size() < MAX_ORIGINS
                        ? byOrigin.computeIfAbsent(origin, o -> new ExpiringCache<>(() -> config.cacheSeconds()))
                        : byOrigin.get(origin);
            }
            if (pages == null) {
                return render.get();
            }
        }
        return pages.get(code, render);
    }

    /**
     * The page kept for {@code code} (canonical spelling) and {@code origin}, if one is kept and current; never
     * renders, so it may be asked on the event loop.
     */
    public Optional<Page> kept(String origin, String code) {
        ExpiringCache<Page> pages = byOrigin.get(origin);
        return pages == null ? Optional.empty() : pages.cached(code);
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogChanged change) {
        byOrigin.values().forEach(ExpiringCache::clear);
    }
}
