package dev.errdex.api.search;

import dev.errdex.api.error.ErrdexException;
import dev.errdex.api.graphql.cache.CachedResponses;
import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.service.CatalogChanged;
import dev.errdex.catalog.service.CatalogService;
import dev.errdex.catalog.service.StoredEntry;
import dev.errdex.search.CatalogIndex;
import dev.errdex.search.LuceneCatalogIndex;
import dev.errdex.search.SearchHit;
import dev.errdex.search.Suggestion;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The service's one search index over the catalog: built from the database at start-up (after seeding), kept current
 * by {@link CatalogChanged} (after the change committed), so that an edit is searchable when its call returns. Edits
 * committed by other processes on the same database arrive as remote {@link CatalogChanged} events (see
 * {@code dev.errdex.catalog.cluster.CatalogFollower}), within {@code errdex.catalog.refresh-interval}.
 * Counts and times searches (Micrometer: {@code errdex.search}).
 */
@ApplicationScoped
public class CatalogSearch {

    /** Longest query or text accepted, in characters. */
    public static final int MAX_TEXT = 100_000;

    private static final Logger LOG = Logger.getLogger(CatalogSearch.class);

    private final CatalogService catalog;
    private final CachedResponses responses;
    private final Timer searchTimer;
    private final CatalogIndex current = new CurrentIndex();
    private volatile CatalogIndex index;
    private volatile String unavailable = "not built yet";

    CatalogSearch(CatalogService catalog, CachedResponses responses, MeterRegistry meters) {
        this.catalog = catalog;
        this.responses = responses;
        this.searchTimer = Timer.builder("errdex.search").description("Searches of the catalog (GraphQL search,"
                + " search box)").publishPercentiles(0.5, 0.99).register(meters);
    }

    /** Builds the index once the catalog is seeded (the seeder observes start-up with the default priority). */
    void onStart(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 1000) StartupEvent event,
                 dev.errdex.api.config.ErrdexConfig config) {
        if (config.migrateOnly()) {
            unavailable = "not built: this process only migrates the database";
            return;
        }
        rebuild();
    }

    void onStop(@Observes ShutdownEvent event) {
        CatalogIndex i = index;
        index = null;
        if (i != null) {
            i.close();
        }
    }

    /** Builds a fresh index from the whole catalog and swaps it in. */
    public synchronized void rebuild() {
        long started = System.nanoTime();
        try {
            List<CatalogEntry> entries = catalog.entries();
            CatalogIndex fresh = LuceneCatalogIndex.inMemory(entries);
            CatalogIndex old = index;
            index = fresh;
            unavailable = null;
            responses.clear();
            if (old != null) {
                old.close();
            }
            LOG.infof("search index built: %d codes in %d ms", fresh.size(), (System.nanoTime() - started) / 1_000_000);
        } catch (UnsupportedOperationException e) {
            unavailable = "this build has no search index implementation";
            LOG.warnf("%s: %s", SearchError.INDEX_NOT_READY.code(), unavailable);
        } catch (RuntimeException e) {
            unavailable = "building the index failed: " + e;
            LOG.errorf(e, "%s: building the search index failed", SearchError.INDEX_NOT_READY.code());
        }
    }

    /** Applies committed catalog changes to the index. */
    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogChanged change) {
        CatalogIndex i = index;
        if (i == null) {
            return;
        }
        // read in a transaction: from the database, not from the entry cache the same change is evicting
        Map<String, StoredEntry> entries = QuarkusTransaction.requiringNew().call(() -> catalog.findAll(change.codes()));
        i.upsertAll(entries.values().stream().map(StoredEntry::entry).toList());
    }

    /** Search for people: hits best first. */
    public List<SearchHit> search(String query, int limit) {
        String q = checked(query);
        return time(searchTimer, () -> ready().search(q, limit));
    }

    /**
     * The index as it is now, for the triage engine: calls go to the index built last; while there is none, match
     * and search fail with {@link SearchError.INDEX_NOT_READY}. Changes go through the catalog, not this view.
     */
    public CatalogIndex current() {
        return current;
    }

    /** Number of codes indexed, or empty while the index is unavailable. */
    public Optional<Integer> size() {
        CatalogIndex i = index;
        return i == null ? Optional.empty() : Optional.of(i.size());
    }

    /** Why the index is unavailable, or empty when it is ready. */
    public Optional<String> unavailableReason() {
        return index == null ? Optional.ofNullable(unavailable) : Optional.empty();
    }

    /** True when this build has no index implementation at all (as opposed to a failed build). */
    public boolean missingImplementation() {
        return index == null && unavailable != null && unavailable.startsWith("this build");
    }

    private CatalogIndex ready() {
        CatalogIndex i = index;
        if (i == null) {
            throw new ErrdexException(SearchError.INDEX_NOT_READY);
        }
        return i;
    }

    /** Throws {@link SearchError#QUERY_INVALID} for an empty or overlong text; returns it otherwise. */
    public static String checked(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
            throw new ErrdexException(SearchError.QUERY_INVALID, MAX_TEXT);
        }
        return text;
    }

    private static <T> T time(Timer timer, Supplier<T> work) {
        return timer.record(work);
    }

    /** Delegates reads to the index built last. */
    private final class CurrentIndex implements CatalogIndex {

        @Override
        public List<Suggestion> match(String text, int limit) {
            return ready().match(text, limit);
        }

        @Override
        public List<SearchHit> search(String query, int limit) {
            return ready().search(query, limit);
        }

        // changes made through this view (learned evidence from triage) change search answers without a
        // CatalogChanged: the cached GraphQL answers go too

        @Override
        public void upsert(CatalogEntry entry) {
            ready().upsert(entry);
            responses.clear();
        }

        @Override
        public void upsertAll(java.util.Collection<CatalogEntry> entries) {
            ready().upsertAll(entries);
            responses.clear();
        }

        @Override
        public void remove(String code) {
            ready().remove(code);
            responses.clear();
        }

        @Override
        public void addEvidence(String code, String text) {
            ready().addEvidence(code, text);
            responses.clear();
        }

        @Override
        public int size() {
            return CatalogSearch.this.size().orElse(0);
        }

        @Override
        public void close() {
            // the index belongs to CatalogSearch
        }
    }
}
