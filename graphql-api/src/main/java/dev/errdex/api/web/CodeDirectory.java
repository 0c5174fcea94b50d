package dev.errdex.api.web;

import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.Category;
import dev.errdex.catalog.CodeSpelling;
import dev.errdex.catalog.service.CatalogChanged;
import dev.errdex.catalog.cluster.CatalogRevisions;
import dev.errdex.catalog.service.CatalogService;
import dev.errdex.catalog.service.StoredEntry;
import dev.errdex.catalog.text.MarkdownHtml;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.RawString;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * All codes of the catalog in brief (code, title, category, status), in code order, held in memory for the public
 * pages: listings by category with page numbers, titles of related codes, number neighbours of an unknown code.
 * Read from the catalog on first use and again after every committed {@link CatalogChanged}.
 */
@ApplicationScoped
public class CodeDirectory {

    /**
     * One code in brief.
     *
     * @param title     the title as written (Markdown)
     * @param titleHtml the title as inline HTML (code spans as {@code <code>}, everything else escaped)
     * @param revision  the code's revision
     * @param updatedAt when the code last changed
     */
    public record Brief(String code, String namespace, int number, String title, RawString titleHtml,
                        String category, CatalogEntry.Status status, long revision, Instant updatedAt) {

        /** The human label of the category. */
        public String categoryLabel() {
            return Category.fromId(category).orElse(Category.OTHER).label();
        }

        /** Whether the code is retired. */
        public boolean deprecated() {
            return status == CatalogEntry.Status.DEPRECATED;
        }
    }

    /** A category with how many codes it holds. */
    public record CategoryCount(String id, String label, int count) {
    }

    /**
     * One page of a listing.
     *
     * @param codes  the codes on the page
     * @param page   the page number, from 1
     * @param pages  how many pages there are (at least 1)
     * @param total  how many codes match in all
     */
    public record Listing(List<Brief> codes, int page, int pages, int total) {
        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < pages;
        }
    }

    /**
     * The catalog's revision when the directory was read and its latest change.
     *
     * @param revision     the catalog revision (0 before any change)
     * @param lastModified when the most recently changed code changed (the epoch for an empty catalog)
     */
    public record Version(long revision, Instant lastModified) {
    }

    private record Snapshot(List<Brief> all, Map<String, Brief> byCode, List<CategoryCount> categories,
                            Version version) {
    }

    @Inject
    CatalogService catalog;

    @Inject
    CatalogRevisions revisions;

    private volatile Snapshot snapshot;
    /** Bumped by every change, so that a snapshot read while a change commits is not kept. */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

    /** The brief of a canonical code. */
    public Optional<Brief> brief(String canonicalCode) {
        return Optional.ofNullable(current().byCode().get(canonicalCode));
    }

    /** All codes in code order. */
    public List<Brief> all() {
        return current().all();
    }

    /** The catalog revision and latest change behind what the directory holds. */
    public Version version() {
        return current().version();
    }

    /** The categories that hold codes, in the order of {@link Category}, with counts. */
    public List<CategoryCount> categories() {
        return current().categories();
    }

    /**
     * A page of codes in code order.
     *
     * @param category a category id, or null for all
     * @param page     page number from 1; out-of-range numbers are clamped
     * @param size     codes per page
     */
    public Listing list(String category, int page, int size) {
        List<Brief> matching = category == null ? current().all()
                : current().all().stream().filter(b -> b.category().equals(category)).toList();
        int pages = Math.max(1, (matching.size() + size - 1) / size);
        int p = Math.min(Math.max(page, 1), pages);
        int from = (p - 1) * size;
        return new Listing(matching.subList(from, Math.min(matching.size(), from + size)), p, pages, matching.size());
    }

    /**
     * The codes of the catalog nearest to a code that is not in it: same namespace, closest numbers first.
     *
     * @param code  a canonical code
     * @param limit how many
     */
    public List<Brief> neighbours(CodeSpelling.CanonicalCode code, int limit) {
        List<Brief> sameNamespace = new ArrayList<>(current().all().stream()
                .filter(b -> b.namespace().equals(code.namespace())).toList());
        sameNamespace.sort(Comparator.comparingLong((Brief b) -> Math.abs((long) b.number() - code.number()))
                .thenComparingInt(Brief::number));
        List<Brief> nearest = new ArrayList<>(sameNamespace.subList(0, Math.min(limit, sameNamespace.size())));
        nearest.sort(Comparator.comparingInt(Brief::number));
        return nearest;
    }

    /** Reads the catalog again after a committed change. */
    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogChanged change) {
        generation.incrementAndGet();
        snapshot = null;
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s == null) {
            long seen = generation.get();
            s = load();
            if (generation.get() == seen) {
                snapshot = s;
            }
        }
        return s;
    }

    private Snapshot load() {
        record Read(long revision, List<StoredEntry> entries) {
        }
        // the revision first: a change committed in between makes the snapshot newer than its revision, never older
        Read read = QuarkusTransaction.requiringNew().call(() -> {
            long revision = revisions.current();
            return new Read(revision, catalog.storedEntries());
        });
        List<Brief> all = read.entries().stream()
                .map(s -> new Brief(s.entry().code(), s.entry().namespace(), s.entry().number(), s.entry().title(),
                        new RawString(MarkdownHtml.message(s.entry().title())),
                        Category.fromId(s.entry().category()).orElse(Category.OTHER).id(), s.entry().status(),
                        s.revision(), s.updatedAt()))
                .toList();
        Map<String, Long> counts = all.stream().collect(Collectors.groupingBy(Brief::category, Collectors.counting()));
        List<CategoryCount> categories = new ArrayList<>();
        for (Category c : Category.values()) {
            Long n = counts.get(c.id());
            if (n != null) {
                categories.add(new CategoryCount(c.id(), c.label(), n.intValue()));
            }
        }
        Map<String, Brief> byCode = all.stream().collect(Collectors.toMap(Brief::code, Function.identity(),
                (a, b) -> a, LinkedHashMap::new));
        Instant latest = all.stream().map(Brief::updatedAt).max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
        return new Snapshot(all, byCode, List.copyOf(categories), new Version(read.revision(), latest));
    }
}
