package dev.errdex.triage.feedback;

import dev.errdex.search.SearchHit;
import dev.errdex.search.Suggestion;
import dev.errdex.triage.feedback.internal.SearchGapEntity;
import dev.errdex.triage.index.PastedMatch;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Searches that found nothing sure, for editors: which guide or symptom to write next. A search is a gap when it found
 * no hit or its first hit scores below {@code errdex.feedback.search-gaps.sure-score}; a {@code match} is a gap when
 * the text names no catalog code and no suggestion is attached. Only the normalised text is kept
 * ({@link QueryText}), counted per UTC day, with the best guesses (first three codes) of its last search: no address,
 * no key, no time of day.
 *
 * <p>Counts are gathered in memory (at most {@code max-pending} texts) and written in one transaction at most every
 * {@code write-seconds}, by a background thread, so a search never waits for the database; {@link #list} writes what
 * is pending first. Bounded: texts cut to {@code max-query-length}, at most {@code max-rows} rows (then only known
 * texts still count), days older than {@code retention} deleted.
 */
@ApplicationScoped
public class SearchGaps {

    private static final Logger LOG = Logger.getLogger(SearchGaps.class);
    private static final int GUESSES = 3;
    /** Most gaps one listing returns. */
    public static final int MAX_LISTED = 500;
    /** The query column's size. */
    static final int QUERY_COLUMN = 200;

    private record Key(LocalDate day, String query) {
    }

    /** Counts of one text not yet written; changed only inside the map's {@code compute} for its key. */
    private static final class Pending {
        long searches;
        List<String> best = List.of();
    }

    @Inject
    EntityManager em;

    @Inject
    FeedbackConfig config;

    private final Map<Key, Pending> pending = new ConcurrentHashMap<>();
    private final AtomicBoolean writeQueued = new AtomicBoolean();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "errdex-search-gaps");
        t.setDaemon(true);
        return t;
    });
    private volatile long lastWrite = System.nanoTime();

    /** Whether a search's hits are sure: a first hit scoring at least the configured sure score. */
    public boolean sure(List<SearchHit> hits) {
        return !hits.isEmpty() && hits.get(0).score() >= config.searchGaps().sureScore();
    }

    /** Records a search (search box, GraphQL {@code search}) when it found nothing sure. */
    public void searched(String query, List<SearchHit> hits) {
        if (config.searchGaps().enabled() && !sure(hits)) {
            record(query, hits.stream().limit(GUESSES).map(SearchHit::code).toList());
        }
    }

    /** Records a GraphQL {@code match} when the text names no catalog code and no suggestion is attached. */
    public void matched(String text, PastedMatch match) {
        if (config.searchGaps().enabled() && match.explicit().isEmpty()
                && match.suggestions().stream().noneMatch(Suggestion::attach)) {
            record(text, match.suggestions().stream().limit(GUESSES).map(Suggestion::code).toList());
        }
    }

    private void record(String query, List<String> best) {
        String text = QueryText.normalised(query, Math.min(config.searchGaps().maxQueryLength(), QUERY_COLUMN));
        if (text.isEmpty()) {
            return;
        }
        Key key = new Key(LocalDate.now(ZoneOffset.UTC), text);
        boolean full = pending.size() >= config.searchGaps().maxPending();
        pending.compute(key, (k, p) -> {
            if (p == null && full) {
                return null; // while the map is full a new text is not counted; known ones still are
            }
            Pending counted = p == null ? new Pending() : p;
            counted.searches++;
            counted.best = best;
            return counted;
        });
        if (full || System.nanoTime() - lastWrite >= config.searchGaps().writeSeconds() * 1_000_000_000L) {
            queueWrite();
        }
    }

    private void queueWrite() {
        if (writeQueued.compareAndSet(false, true)) {
            writer.execute(() -> {
                writeQueued.set(false);
                try {
                    write();
                } catch (RuntimeException e) {
                    LOG.warnf(e, "writing search gaps failed; their counts are lost");
                }
            });
        }
    }

    /** Writes the pending counts in one transaction and deletes days past the retention. */
    public synchronized void write() {
        lastWrite = System.nanoTime();
        if (pending.isEmpty()) {
            return;
        }
        Map<Key, Pending> taken = new HashMap<>();
        for (Key k : List.copyOf(pending.keySet())) {
            Pending p = pending.remove(k);
            if (p != null) {
                taken.put(k, p);
            }
        }
        QuarkusTransaction.requiringNew().run(() -> {
            LocalDate oldest = LocalDate.now(ZoneOffset.UTC).minusDays(config.searchGaps().retention().toDays());
            em.createQuery("delete from SearchGapEntity g where g.seenOn < :oldest").setParameter("oldest", oldest)
                    .executeUpdate();
            long rows = em.createQuery("select count(g) from SearchGapEntity g", Long.class).getSingleResult();
            for (Map.Entry<Key, Pending> e : taken.entrySet()) {
                List<SearchGapEntity> found = em.createQuery("from SearchGapEntity g where g.seenOn = :day"
                                + " and g.query = :query", SearchGapEntity.class)
                        .setParameter("day", e.getKey().day()).setParameter("query", e.getKey().query())
                        .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).getResultList();
                SearchGapEntity row = found.isEmpty() ? null : found.get(0);
                if (row == null) {
                    if (rows >= config.searchGaps().maxRows()) {
                        continue;
                    }
                    row = new SearchGapEntity();
                    row.seenOn = e.getKey().day();
                    row.query = e.getKey().query();
                    em.persist(row);
                    rows++;
                }
                row.searches += (int) Math.min(Integer.MAX_VALUE - (long) row.searches, e.getValue().searches);
                row.bestCodes = String.join(" ", e.getValue().best);
            }
        });
    }

    /**
     * The texts that found nothing sure since {@code since}, most searched first (ties by text), with the best guesses
     * of their last search.
     *
     * @param since the first moment counted (by its UTC day), or null for the whole retention
     * @param first how many, 1 to {@value #MAX_LISTED}
     * @throws FeedbackException {@link FeedbackErrorCode#LISTING_INVALID}
     */
    public List<SearchGap> list(Instant since, int first) {
        if (first < 1 || first > MAX_LISTED) {
            throw new FeedbackException(FeedbackErrorCode.LISTING_INVALID, "first", MAX_LISTED, first);
        }
        write();
        List<SearchGapEntity> rows = QuarkusTransaction.joiningExisting().call(() -> {
            var q = em.createQuery("from SearchGapEntity g" + (since == null ? "" : " where g.seenOn >= :from")
                    + " order by g.seenOn", SearchGapEntity.class);
            if (since != null) {
                q.setParameter("from", LocalDate.ofInstant(since, ZoneOffset.UTC));
            }
            return q.getResultList();
        });
        Map<String, SearchGap> byQuery = new HashMap<>();
        for (SearchGapEntity row : rows) {
            SearchGap before = byQuery.get(row.query);
            List<String> best = row.bestCodes == null || row.bestCodes.isBlank() ? List.of()
                    : Arrays.asList(row.bestCodes.split(" "));
            byQuery.put(row.query, new SearchGap(row.query, (before == null ? 0 : before.searches()) + row.searches,
                    row.seenOn, best));
        }
        List<SearchGap> gaps = new ArrayList<>(byQuery.values());
        gaps.sort(Comparator.comparingLong(SearchGap::searches).reversed().thenComparing(SearchGap::query));
        return gaps.subList(0, Math.min(first, gaps.size()));
    }

    @PreDestroy
    void stop() {
        writer.shutdown();
        try {
            write();
        } catch (RuntimeException e) {
            LOG.warnf(e, "writing search gaps at shutdown failed; their counts are lost");
        }
    }
}
