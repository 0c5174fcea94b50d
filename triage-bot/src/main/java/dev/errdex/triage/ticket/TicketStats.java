package dev.errdex.triage.ticket;

import dev.errdex.triage.ticket.TicketAnnotation.Review;
import dev.errdex.triage.ticket.TicketStatistics.CodeCount;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Counts of tickets for dashboards and rankings, computed by the database (SQL aggregates over {@code ticket} and
 * {@code ticket_annotation}); no ticket is loaded. A code counts for a ticket while its annotation is live: proposed
 * by the bot or confirmed by a person (not rejected, not corrected away).
 */
@ApplicationScoped
public class TicketStats {

    /** Most codes one answer lists. */
    public static final int MAX_CODES = 2000;

    private static final List<Review> LIVE = List.of(Review.PROPOSED, Review.CONFIRMED);

    @Inject
    EntityManager em;

    /**
     * Tickets created since {@code since}: totals, per state and per code, and how many got a remediation attached by
     * the bot.
     *
     * @param since      the first moment counted, or null for all time
     * @param codeLimit  most codes listed in {@link TicketStatistics#byCode()}, between 0 and {@value #MAX_CODES}
     * @throws TicketException {@link TicketErrorCode#INVALID_ARGUMENT} for a limit out of range
     */
    public TicketStatistics since(Instant since, int codeLimit) {
        if (codeLimit < 0 || codeLimit > MAX_CODES) {
            throw new TicketException(TicketErrorCode.INVALID_ARGUMENT,
                    "the number of codes must be between 0 and " + MAX_CODES + ", not " + codeLimit);
        }
        return QuarkusTransaction.joiningExisting().call(() -> {
            Map<TicketState, Long> byState = new EnumMap<>(TicketState.class);
            long tickets = 0;
            for (Object[] row : query("select t.state, count(t) from TicketEntity t"
                    + (since == null ? "" : " where t.createdAt >= :since") + " group by t.state", Object[].class,
                    since).getResultList()) {
                long n = ((Number) row[1]).longValue();
                byState.put((TicketState) row[0], n);
                tickets += n;
            }
            Object[] live = query("select count(distinct a.ticketId), count(distinct a.code)"
                    + " from AnnotationEntity a, TicketEntity t where t.id = a.ticketId and a.review in (:live)"
                    + sinceClause(since), Object[].class, since).setParameter("live", LIVE).getSingleResult();
            long withCode = ((Number) live[0]).longValue();
            long codes = ((Number) live[1]).longValue();
            long attached = query("select count(distinct a.ticketId) from AnnotationEntity a, TicketEntity t"
                    + " where t.id = a.ticketId and a.attach = true" + sinceClause(since), Long.class, since)
                    .getSingleResult();
            List<CodeCount> byCode = codeLimit == 0 ? List.of() : codeCounts(since, codeLimit);
            return new TicketStatistics(since, tickets, withCode, byState, byCode, codes, attached);
        });
    }

    /**
     * The codes carried by most tickets created since {@code since}, most first (ties in code order).
     *
     * @param since the first moment counted, or null for all time
     * @param limit most codes returned
     */
    public List<CodeCount> mostCommonCodes(Instant since, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return QuarkusTransaction.joiningExisting().call(() -> codeCounts(since, Math.min(limit, MAX_CODES)));
    }

    private List<CodeCount> codeCounts(Instant since, int limit) {
        List<CodeCount> result = new ArrayList<>();
        for (Object[] row : query("select a.code, count(distinct a.ticketId) from AnnotationEntity a, TicketEntity t"
                + " where t.id = a.ticketId and a.review in (:live)" + sinceClause(since)
                + " group by a.code order by count(distinct a.ticketId) desc, a.code", Object[].class, since)
                .setParameter("live", LIVE).setMaxResults(limit).getResultList()) {
            result.add(new CodeCount((String) row[0], ((Number) row[1]).longValue()));
        }
        return result;
    }

    private static String sinceClause(Instant since) {
        return since == null ? "" : " and t.createdAt >= :since";
    }

    private <T> TypedQuery<T> query(String hql, Class<T> type, Instant since) {
        TypedQuery<T> q = em.createQuery(hql, type);
        if (since != null) {
            q.setParameter("since", since);
        }
        return q;
    }
}
