package dev.errdex.api.web;

import dev.errdex.triage.ticket.TicketAnnotated;
import dev.errdex.triage.ticket.TicketStatistics.CodeCount;
import dev.errdex.triage.ticket.TicketStats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The common errors ranked by tickets: the codes found in most tickets created in the last
 * {@code errdex.pages.common-errors-window} (30 days), most first, followed by the seed's common errors not already
 * listed. While fewer than {@code errdex.pages.common-errors-min-tickets} tickets of the window carry a code, the order
 * is the seed's. The counts come from the database
 * ({@link TicketStats}) and are kept in memory: counted again on the first request after a new annotated ticket (at
 * most once a second) and at least every {@code errdex.pages.common-errors-refresh-seconds}.
 */
@ApplicationScoped
public class TicketRanking implements CommonErrorRanking {

    private static final Logger LOG = Logger.getLogger(TicketRanking.class);
    private static final long MIN_RECOUNT_NANOS = 1_000_000_000L;

    private record Ranked(List<String> codes, long countedAt) {
    }

    @Inject
    TicketStats stats;

    @Inject
    SeedCommonErrors seed;

    @Inject
    PagesConfig config;

    private volatile Ranked ranked;
    private volatile boolean stale;

    @Override
    public List<String> mostCommon(int limit) {
        List<String> codes = current().codes();
        return codes.subList(0, Math.min(limit, codes.size()));
    }

    /** A new ticket was annotated: count again on the next request. */
    void onAnnotated(@Observes(during = TransactionPhase.AFTER_SUCCESS) TicketAnnotated event) {
        stale = true;
    }

    private Ranked current() {
        Ranked r = ranked;
        long now = System.nanoTime();
        if (fresh(r, now)) {
            return r;
        }
        synchronized (this) {
            r = ranked;
            now = System.nanoTime();
            if (fresh(r, now)) {
                return r;
            }
            stale = false;
            Ranked counted = new Ranked(count(), now);
            ranked = counted;
            return counted;
        }
    }

    /** Whether a ranking counted earlier still serves: younger than the refresh time and, after a new ticket, 1 s. */
    private boolean fresh(Ranked r, long now) {
        if (r == null) {
            return false;
        }
        long age = now - r.countedAt();
        return age < config.commonErrorsRefreshSeconds() * 1_000_000_000L && !(stale && age >= MIN_RECOUNT_NANOS);
    }

    private List<String> count() {
        int limit = config.commonErrors();
        List<String> seedCodes = seed.mostCommon(limit);
        List<CodeCount> counted;
        try {
            Instant since = Instant.now().minus(config.commonErrorsWindow());
            if (stats.since(since, 0).ticketsWithCode() < config.commonErrorsMinTickets()) {
                return seedCodes;
            }
            counted = stats.mostCommonCodes(since, limit);
        } catch (RuntimeException e) {
            LOG.warnf(e, "counting tickets per code failed; /errors lists the seed's common errors until the next"
                    + " count");
            return seedCodes;
        }
        Set<String> codes = new LinkedHashSet<>();
        counted.forEach(c -> codes.add(c.code()));
        codes.addAll(seedCodes);
        return List.copyOf(codes);
    }
}
