package dev.errdex.triage.index;

import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.service.CatalogChanged;
import dev.errdex.catalog.service.CatalogService;
import dev.errdex.catalog.service.StoredEntry;
import dev.errdex.search.CatalogIndex;
import dev.errdex.search.LuceneCatalogIndex;
import dev.errdex.search.SearchHit;
import dev.errdex.search.Suggestion;
import dev.errdex.triage.TriageEngine;
import dev.errdex.triage.TriageResult;
import dev.errdex.triage.mail.ReadableEmail;
import dev.errdex.triage.mail.TextPart;
import dev.errdex.triage.ticket.TicketService;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The process's one search index and triage engine. GraphQL {@code match} and {@code search}, the pages, email
 * triage and tickets all read this index, so learned evidence (confirm/correct) changes every answer at once.
 *
 * <p>Built from the catalog in the database, with the learned evidence replayed, on {@link #rebuild()} (the service
 * calls it at start-up, after seeding) or on first use; kept current by {@link CatalogChanged} once the change
 * committed, so that an edit is searchable when its call returns. Edits committed by other processes arrive as
 * remote {@link CatalogChanged} events (catalog-core's {@code CatalogFollower}). Every change that alters answers
 * fires {@link IndexChanged}. Timed with Micrometer as {@code errdex.search} and {@code errdex.match}.
 */
@ApplicationScoped
public class IndexRuntime {

    /** Longest query or text accepted, in characters. */
    public static final int MAX_TEXT = 100_000;

    private static final Logger LOG = Logger.getLogger(IndexRuntime.class);

    private final CatalogService catalog;
    private final Event<IndexChanged> changed;
    private final Timer searchTimer;
    private final Timer matchTimer;
    private final CatalogIndex current = new CurrentIndex();
    private volatile LuceneIndexState state;
    private volatile String unavailable = "not built yet";

    IndexRuntime(CatalogService catalog, Event<IndexChanged> changed, MeterRegistry meters) {
        this.catalog = catalog;
        this.changed = changed;
        this.searchTimer = Timer.builder("errdex.search").description("Searches of the catalog (GraphQL search,"
                + " search box)").publishPercentiles(0.5, 0.99).register(meters);
        this.matchTimer = Timer.builder("errdex.match").description("Triage of pasted texts (GraphQL match)")
                .publishPercentiles(0.5, 0.99).register(meters);
    }

    /** The index built last and the engine that reads it (through {@link #current}, so it outlives rebuilds). */
    private record LuceneIndexState(CatalogIndex index, TriageEngine engine) {
    }

    /** The process's index (a view of the one built last), for beans that inject {@link CatalogIndex}. */
    @Produces
    @Singleton
    CatalogIndex catalogIndex() {
        return current;
    }

    /** The process's triage engine, reading the one index. */
    @Produces
    @Singleton
    TriageEngine triageEngine() {
        return ready().engine();
    }

    void onStop(@Observes ShutdownEvent event) {
        LuceneIndexState s = state;
        state = null;
        if (s != null) {
            s.index().close();
        }
    }

    /** Builds a fresh index from the whole catalog (with the learned evidence) and swaps it in. */
    public synchronized void rebuild() {
        long started = System.nanoTime();
        try {
            List<CatalogEntry> entries = QuarkusTransaction.requiringNew().call(catalog::entries);
            CatalogIndex fresh = LuceneCatalogIndex.inMemory(entries);
            TicketService.replayLearnedEvidence(fresh);
            LuceneIndexState old = state;
            TriageEngine engine;
            if (old == null) {
                engine = new TriageEngine(entries, current);
            } else {
                engine = old.engine();
                engine.catalogChanged(entries);
            }
            state = new LuceneIndexState(fresh, engine);
            unavailable = null;
            if (old != null) {
                old.index().close();
            }
            LOG.infof("search index built: %d codes in %d ms", fresh.size(), (System.nanoTime() - started) / 1_000_000);
            changed.fire(new IndexChanged("rebuilt"));
        } catch (UnsupportedOperationException e) {
            unavailable = "this build has no search index implementation";
            LOG.warnf("%s: %s", IndexRuntimeError.INDEX_NOT_READY.code(), unavailable);
        } catch (RuntimeException e) {
            unavailable = "building the index failed: " + e;
            LOG.errorf(e, "%s: building the search index failed", IndexRuntimeError.INDEX_NOT_READY.code());
        }
    }

    /** Applies committed catalog changes to the index and the engine's known codes. */
    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogChanged change) {
        LuceneIndexState s = state;
        if (s == null) {
            return;
        }
        // read in a new transaction: from the database, not from the entry cache the same change is evicting
        List<CatalogEntry> entries = QuarkusTransaction.requiringNew().call(catalog::entries);
        Map<String, StoredEntry> touched = QuarkusTransaction.requiringNew().call(() -> catalog.findAll(change.codes()));
        s.engine().catalogChanged(entries);
        s.index().upsertAll(touched.values().stream().map(StoredEntry::entry).toList());
        changed.fire(new IndexChanged("catalog changed"));
    }

    /** Search for people: hits best first. */
    public List<SearchHit> search(String query, int limit) {
        String q = checked(query);
        return searchTimer.record(() -> ready().index().search(q, limit));
    }

    /** Reads a pasted text the way triage reads an email body. */
    public PastedMatch match(String text) {
        String checked = checked(text);
        ReadableEmail pasted = new ReadableEmail(null, null, List.of(), List.of(), "", null, null, List.of(),
                List.of(TextPart.plain("body", checked)), List.of(), List.of());
        TriageResult r = matchTimer.record(() -> ready().engine().triage(pasted));
        return new PastedMatch(r.explicit(), r.unknown(), r.suggestions());
    }

    /** The index as it is now; changes made through it (learned evidence) fire {@link IndexChanged}. */
    public CatalogIndex index() {
        return current;
    }

    /** Number of codes indexed, or empty while the index is unavailable. */
    public Optional<Integer> size() {
        LuceneIndexState s = state;
        return s == null ? Optional.empty() : Optional.of(s.index().size());
    }

    /** Why the index is unavailable, or empty when it is ready. */
    public Optional<String> unavailableReason() {
        return state == null ? Optional.ofNullable(unavailable) : Optional.empty();
    }

    /** True when this build has no index implementation at all (as opposed to a failed build). */
    public boolean missingImplementation() {
        return state == null && unavailable != null && unavailable.startsWith("this build");
    }

    /** Throws {@link IndexRuntimeError#QUERY_INVALID} for an empty or overlong text; returns it otherwise. */
    public static String checked(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
            throw new SearchRefusedException(IndexRuntimeError.QUERY_INVALID, MAX_TEXT);
        }
        return text;
    }

    /** The current state, built on first use when nobody built it yet. */
    private LuceneIndexState ready() {
        LuceneIndexState s = state;
        if (s == null) {
            synchronized (this) {
                if (state == null && "not built yet".equals(unavailable)) {
                    rebuild();
                }
                s = state;
            }
            if (s == null) {
                throw new SearchRefusedException(IndexRuntimeError.INDEX_NOT_READY);
            }
        }
        return s;
    }

    /** Delegates to the index built last; changes through it fire {@link IndexChanged}. */
    private final class CurrentIndex implements CatalogIndex {

        @Override
        public List<Suggestion> match(String text, int limit) {
            return ready().index().match(text, limit);
        }

        @Override
        public List<SearchHit> search(String query, int limit) {
            return ready().index().search(query, limit);
        }

        @Override
        public void upsert(CatalogEntry entry) {
            ready().index().upsert(entry);
            changed.fire(new IndexChanged("entry indexed"));
        }

        @Override
        public void upsertAll(Collection<CatalogEntry> entries) {
            ready().index().upsertAll(entries);
            changed.fire(new IndexChanged("entries indexed"));
        }

        @Override
        public void remove(String code) {
            ready().index().remove(code);
            changed.fire(new IndexChanged("entry removed"));
        }

        @Override
        public void addEvidence(String code, String text) {
            ready().index().addEvidence(code, text);
            changed.fire(new IndexChanged("evidence learned"));
        }

        @Override
        public int size() {
            return IndexRuntime.this.size().orElse(0);
        }

        @Override
        public void close() {
            // the index belongs to the runtime
        }
    }
}
