package dev.errdex.triage.index;

import dev.errdex.catalog.io.DataDirectory;

import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.cluster.CatalogRevisions;
import dev.errdex.catalog.service.CatalogChanged;
import dev.errdex.catalog.service.CatalogService;
import dev.errdex.search.CatalogIndex;
import dev.errdex.search.IndexOptions;
import dev.errdex.search.LuceneCatalogIndex;
import dev.errdex.search.SearchErrorCode;
import dev.errdex.search.SearchIndexException;
import dev.errdex.search.SearchHit;
import dev.errdex.search.Suggestion;
import dev.errdex.triage.TriageEngine;
import dev.errdex.triage.TriageResult;
import dev.errdex.triage.mail.ReadableEmail;
import dev.errdex.triage.mail.TextPart;
import dev.errdex.triage.ticket.LearnedEvidence;
import dev.errdex.triage.ticket.TicketService;
import io.micrometer.core.instrument.Counter;
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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The process's one search index and triage engine. GraphQL {@code match} and {@code search}, the pages, email
 * triage and tickets all read this index, so learned evidence (confirm/correct) changes every answer at once.
 *
 * <p>Made by {@link #start()} (the service calls it at start-up, after seeding) or on first use: with
 * {@code errdex.index.directory} set, the index on disk is opened when its {@link IndexKey} matches the database
 * (format, database, catalog revision and content, learned evidence), and rebuilt otherwise, with one log line that
 * says why; without it, the index is built in memory. Built from the catalog in the database with the learned
 * evidence; kept current by {@link CatalogChanged} once the change committed, so that an edit is searchable when its
 * call returns, and by {@link #learned}. Edits committed by other processes arrive as remote {@link CatalogChanged}
 * events (catalog-core's {@code CatalogFollower}). After every change on disk the key is rewritten, only once the
 * Lucene commit is done: a crash in between leaves a key that no longer matches, so the next start rebuilds.
 * Every change that alters answers fires {@link IndexChanged}. Timed with Micrometer as {@code errdex.search} and
 * {@code errdex.match}; {@code errdex.index.builds} and {@code errdex.index.opens} count how the index was made.
 */
@ApplicationScoped
public class IndexRuntime {

    /** Longest query or text accepted, in characters. */
    public static final int MAX_TEXT = 100_000;

    /** The options of the process's index. */
    private static final IndexOptions OPTIONS = IndexOptions.defaults();

    private static final Logger LOG = Logger.getLogger(IndexRuntime.class);

    private final CatalogService catalog;
    private final CatalogRevisions revisions;
    private final Optional<Path> directory;
    private final Event<IndexChanged> changed;
    private final Timer searchTimer;
    private final Timer matchTimer;
    private final Counter builds;
    private final Counter opens;
    private final CatalogIndex current = new CurrentIndex();
    private volatile LuceneIndexState state;
    private volatile String unavailable = "not built yet";
    /** How the index was made last (the start of its log line). */
    private volatile String madeHow = "";
    /** The one engine, made with the first index and kept across rebuilds (it reads {@link #current}). */
    private TriageEngine engine;

    IndexRuntime(CatalogService catalog, CatalogRevisions revisions, IndexConfig config, Event<IndexChanged> changed,
                 MeterRegistry meters) {
        this.catalog = catalog;
        this.revisions = revisions;
        this.directory = config.directory().map(Path::toAbsolutePath);
        this.changed = changed;
        this.searchTimer = Timer.builder("errdex.search").description("Searches of the catalog (GraphQL search,"
                + " search box)").publishPercentiles(0.5, 0.99).register(meters);
        this.matchTimer = Timer.builder("errdex.match").description("Triage of pasted texts (GraphQL match)")
                .publishPercentiles(0.5, 0.99).register(meters);
        this.builds = Counter.builder("errdex.index.builds").description("Search indexes built from the catalog"
                + " (at start, when the one on disk could not be opened, or on request)").register(meters);
        this.opens = Counter.builder("errdex.index.opens").description("Search indexes opened from disk without"
                + " rebuilding").register(meters);
    }

    /**
     * The index built or opened last, the engine that reads it (through {@link #current}, so it outlives rebuilds),
     * and, for an index on disk, its key as last written and the ids of the learned evidence it holds.
     */
    private record LuceneIndexState(LuceneCatalogIndex index, TriageEngine engine, IndexKey key,
                                    Set<Long> evidenceIds) {
    }

    /** What the database holds now, read at start or rebuild. */
    private record DatabaseState(List<CatalogEntry> entries, long revision, LearnedEvidence evidence) {
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
        close();
    }

    /** Closes the index (the runtime can start again). */
    synchronized void close() {
        LuceneIndexState s = state;
        state = null;
        unavailable = "not built yet";
        if (s != null) {
            s.index().close();
        }
    }

    /**
     * Makes the index ready: opens the one on disk when it matches the database, else builds it (on disk when
     * {@code errdex.index.directory} is set, in memory otherwise). Does nothing when the index is ready already.
     */
    public synchronized void start() {
        if (state == null) {
            make(false);
        }
    }

    /** Builds a fresh index from the whole catalog (with the learned evidence) and swaps it in. */
    public synchronized void rebuild() {
        make(true);
    }

    private void make(boolean rebuild) {
        long started = System.nanoTime();
        try {
            DatabaseState db = QuarkusTransaction.requiringNew().call(() -> new DatabaseState(catalog.entries(),
                    revisions.current(), TicketService.learnedEvidence()));
            long read = System.nanoTime();
            LuceneIndexState fresh;
            String how;
            if (directory.isEmpty()) {
                fresh = new LuceneIndexState(LuceneCatalogIndex.inMemory(db.entries(), db.evidence().texts(),
                        OPTIONS), null, null, db.evidence().ids());
                builds.increment();
                how = "search index built in memory";
            } else {
                IndexKey wanted = new IndexKey(LuceneCatalogIndex.format(OPTIONS), revisions.databaseId(),
                        db.revision(), LuceneCatalogIndex.fingerprint(db.entries()), db.evidence().ids().size(),
                        db.evidence().maxId());
                String why = rebuild ? "rebuild requested" : null;
                LuceneCatalogIndex opened = null;
                if (why == null) {
                    try {
                        why = staleness(wanted);
                        if (why == null) {
                            opened = LuceneCatalogIndex.open(luceneDirectory(), db.entries(), OPTIONS);
                        }
                    } catch (IOException | RuntimeException e) {
                        why = "stored index is unreadable (" + e.getMessage() + ")";
                    }
                }
                if (opened != null) {
                    fresh = new LuceneIndexState(opened, null, wanted, db.evidence().ids());
                    opens.increment();
                    how = "search index opened from " + directory.get();
                } else {
                    fresh = new LuceneIndexState(build(db), null, wanted, db.evidence().ids());
                    writeKey(wanted);
                    builds.increment();
                    how = "search index rebuilt: " + why;
                }
            }
            swapIn(fresh, db.entries());
            madeHow = how;
            LOG.infof("%s (%d codes at revision %d, %d learned texts; %d ms: %d reading the database, %d the"
                            + " index)", how, fresh.index().size(), db.revision(), db.evidence().ids().size(),
                    millisSince(started), (read - started) / 1_000_000, millisSince(read));
            changed.fire(new IndexChanged("rebuilt"));
        } catch (UnsupportedOperationException e) {
            unavailable = "this build has no search index implementation";
            LOG.warnf("%s: %s", IndexRuntimeError.INDEX_NOT_READY.code(), unavailable);
        } catch (RuntimeException e) {
            unavailable = "building the index failed: " + e;
            LOG.errorf(e, "%s: building the search index failed", IndexRuntimeError.INDEX_NOT_READY.code());
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    /** How the index was made last: the start of its log line, e.g. "search index opened from ...". */
    String madeHow() {
        return madeHow;
    }

    /** Why the stored index must not serve {@code wanted}, or null when its key matches. */
    private String staleness(IndexKey wanted) throws IOException {
        Optional<IndexKey> stored = IndexKey.read(keyFile());
        if (stored.isEmpty()) {
            return Files.isDirectory(luceneDirectory()) ? "stored index has no key (an update did not finish)"
                    : "no index on disk yet";
        }
        return stored.get().staleFor(wanted).orElse(null);
    }

    /** A new index on disk built from {@code db}, the key deleted first so a crash mid-way cannot open it. */
    private LuceneCatalogIndex build(DatabaseState db) {
        try {
            DataDirectory.createDirectories(directory.get());
            IndexKey.delete(keyFile());
        } catch (IOException e) {
            throw new SearchIndexException(SearchErrorCode.INDEX_UNAVAILABLE, directory.get().toString(), e);
        }
        LuceneIndexState old = state;
        if (old != null) {
            old.index().close();   // the directory is about to be emptied under it
            state = null;
        }
        return LuceneCatalogIndex.create(luceneDirectory(), db.entries(), db.evidence().texts(), OPTIONS);
    }

    private void swapIn(LuceneIndexState fresh, List<CatalogEntry> entries) {
        LuceneIndexState old = state;
        if (engine == null) {
            engine = new TriageEngine(entries, current);
        } else {
            engine.catalogChanged(entries);
        }
        Set<Long> evidenceIds = ConcurrentHashMap.newKeySet();
        evidenceIds.addAll(fresh.evidenceIds());
        state = new LuceneIndexState(fresh.index(), engine, fresh.key(), evidenceIds);
        unavailable = null;
        if (old != null && old.index() != fresh.index()) {
            old.index().close();
        }
    }

    /** Applies committed catalog changes to the index and the engine's known codes. */
    synchronized void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogChanged change) {
        LuceneIndexState s = state;
        if (s == null) {
            return;
        }
        // one new transaction: the whole catalog from the database (not from the entry cache the same change is
        // evicting) and its revision; the changed entries are among those already read
        record Read(List<CatalogEntry> entries, long revision) {
        }
        Read read = QuarkusTransaction.requiringNew().call(() -> new Read(catalog.entries(), revisions.current()));
        s.engine().catalogChanged(read.entries());
        s.index().upsertAll(read.entries().stream().filter(e -> change.codes().contains(e.code())).toList());
        if (s.key() != null) {
            // the fingerprint is of what the index holds: should it miss a change, the next start rebuilds
            keyChanged(s, new IndexKey(s.key().format(), s.key().database(), read.revision(),
                    s.index().fingerprint(), s.key().evidenceCount(), s.key().evidenceMaxId()));
        }
        changed.fire(new IndexChanged("catalog changed"));
    }

    /**
     * Gives the index a confirmed support text, stored (committed) as learned evidence {@code evidenceId}; a text
     * the index already holds (read when it was built) is not given twice.
     */
    public synchronized void learned(long evidenceId, String code, String text) {
        LuceneIndexState s = ready();
        if (!s.evidenceIds().add(evidenceId)) {
            return;
        }
        try {
            s.index().addEvidence(code, text);
        } catch (SearchIndexException e) {
            if (e.error() != SearchErrorCode.UNKNOWN_CODE) {
                s.evidenceIds().remove(evidenceId);
                untracked(s, "learning failed");
                throw e;
            }
            // not indexed, and a rebuild leaves it out too: the index matches the evidence rows still
            evidenceKeyChanged(s);
            throw e;
        }
        evidenceKeyChanged(s);
        changed.fire(new IndexChanged("evidence learned"));
    }

    private void evidenceKeyChanged(LuceneIndexState s) {
        if (s.key() != null) {
            long max = s.evidenceIds().stream().mapToLong(Long::longValue).max().orElse(0);
            keyChanged(s, new IndexKey(s.key().format(), s.key().database(), s.key().revision(), s.key().catalog(),
                    s.evidenceIds().size(), max));
        }
    }

    /** Writes the key of a changed index on disk (after its Lucene commit) and remembers it. */
    private void keyChanged(LuceneIndexState s, IndexKey key) {
        writeKey(key);
        if (state == s) {
            state = new LuceneIndexState(s.index(), s.engine(), key, s.evidenceIds());
        }
    }

    private void writeKey(IndexKey key) {
        try {
            key.write(keyFile());
        } catch (IOException e) {
            LOG.warnf(e, "%s: the search index key could not be written; the index is rebuilt at the next start",
                    IndexRuntimeError.INDEX_NOT_READY.code());
            try {
                IndexKey.delete(keyFile());
            } catch (IOException ignored) {
                // the stale key still differs from the database, so the next start rebuilds
            }
        }
    }

    /** The index on disk was changed in a way its key cannot describe: it is rebuilt at the next start. */
    private void untracked(LuceneIndexState s, String what) {
        if (s.key() == null) {
            return;
        }
        try {
            IndexKey.delete(keyFile());
        } catch (IOException e) {
            LOG.warnf(e, "the search index key could not be deleted after %s", what);
        }
    }

    private Path luceneDirectory() {
        return directory.orElseThrow().resolve("lucene");
    }

    private Path keyFile() {
        return directory.orElseThrow().resolve("index.key");
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
                    start();
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

        // Changes made directly through this view (not from the catalog or stored evidence) are not what the key
        // describes: the key goes, and the next start rebuilds the index from the database.

        @Override
        public void upsert(CatalogEntry entry) {
            changedDirectly(s -> s.index().upsert(entry), "entry indexed");
        }

        @Override
        public void upsertAll(Collection<CatalogEntry> entries) {
            changedDirectly(s -> s.index().upsertAll(entries), "entries indexed");
        }

        @Override
        public void remove(String code) {
            changedDirectly(s -> s.index().remove(code), "entry removed");
        }

        @Override
        public void addEvidence(String code, String text) {
            changedDirectly(s -> s.index().addEvidence(code, text), "evidence learned");
        }

        private void changedDirectly(Consumer<LuceneIndexState> change, String what) {
            synchronized (IndexRuntime.this) {
                LuceneIndexState s = ready();
                untracked(s, what);
                change.accept(s);
            }
            changed.fire(new IndexChanged(what));
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
