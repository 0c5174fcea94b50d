package dev.errdex.triage.feedback;

import dev.errdex.triage.feedback.internal.PageFeedbackEntity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The answers of the pages' "Did this solve it?" form: stored as given (no account, address or key), counted per code
 * and overall by SQL aggregates, listed for editors newest first.
 */
@ApplicationScoped
public class PageFeedbackService {

    /** Most answers one listing returns. */
    public static final int MAX_LISTED = 200;

    /** The comment column's size: the longest comment any configuration may keep. */
    static final int COMMENT_COLUMN = 2000;

    @Inject
    EntityManager em;

    @Inject
    FeedbackConfig config;

    /**
     * Stores an answer.
     *
     * @param code    canonical code of a page (the caller checked that the catalog holds it)
     * @param helpful true for yes
     * @param comment the reader's comment, or null/blank for none
     * @throws FeedbackException {@link FeedbackErrorCode#COMMENT_TOO_LONG}
     */
    public PageFeedback record(String code, boolean helpful, String comment) {
        String text = comment == null || comment.isBlank() ? null : comment.strip().replace("\r\n", "\n");
        int max = Math.min(config.maxCommentLength(), COMMENT_COLUMN);
        if (text != null && text.length() > max) {
            throw new FeedbackException(FeedbackErrorCode.COMMENT_TOO_LONG, text.length(), max);
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            PageFeedbackEntity e = new PageFeedbackEntity();
            e.code = code;
            e.helpful = helpful;
            e.comment = text;
            e.createdAt = Instant.now();
            em.persist(e);
            em.flush();
            return e.toFeedback();
        });
    }

    /**
     * Yes and no answers per code, in one aggregate query; codes without answers get
     * {@link PageFeedback.Counts#NONE}.
     */
    public Map<String, PageFeedback.Counts> countsByCode(Collection<String> codes) {
        Map<String, long[]> raw = new HashMap<>();
        if (!codes.isEmpty()) {
            QuarkusTransaction.joiningExisting().run(() -> em.createQuery("select f.code, f.helpful, count(f)"
                            + " from PageFeedbackEntity f where f.code in (:codes) group by f.code, f.helpful",
                    Object[].class).setParameter("codes", codes).getResultList().forEach(row -> raw
                    .computeIfAbsent((String) row[0], c -> new long[2])[(Boolean) row[1] ? 0 : 1]
                    = ((Number) row[2]).longValue()));
        }
        Map<String, PageFeedback.Counts> counts = new HashMap<>();
        for (String code : codes) {
            long[] n = raw.get(code);
            counts.put(code, n == null ? PageFeedback.Counts.NONE : new PageFeedback.Counts(n[0], n[1]));
        }
        return counts;
    }

    /** Yes and no answers of all pages sent since {@code since} (all time when null). */
    public PageFeedback.Counts totals(Instant since) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            long[] n = new long[2];
            TypedQuery<Object[]> q = em.createQuery("select f.helpful, count(f) from PageFeedbackEntity f"
                    + (since == null ? "" : " where f.createdAt >= :since") + " group by f.helpful", Object[].class);
            if (since != null) {
                q.setParameter("since", since);
            }
            q.getResultList().forEach(row -> n[(Boolean) row[0] ? 0 : 1] = ((Number) row[1]).longValue());
            return new PageFeedback.Counts(n[0], n[1]);
        });
    }

    /**
     * Answers newest first, for editors.
     *
     * @param code  only this canonical code, or null for all
     * @param since only answers sent at or after this moment, or null
     * @param first how many, 1 to {@value #MAX_LISTED}
     * @throws FeedbackException {@link FeedbackErrorCode#LISTING_INVALID}
     */
    public List<PageFeedback> list(String code, Instant since, int first) {
        if (first < 1 || first > MAX_LISTED) {
            throw new FeedbackException(FeedbackErrorCode.LISTING_INVALID, "first", MAX_LISTED, first);
        }
        return QuarkusTransaction.joiningExisting().call(() -> {
            TypedQuery<PageFeedbackEntity> q = em.createQuery("from PageFeedbackEntity f where 1 = 1"
                    + (code == null ? "" : " and f.code = :code") + (since == null ? "" : " and f.createdAt >= :since")
                    + " order by f.createdAt desc, f.id desc", PageFeedbackEntity.class);
            if (code != null) {
                q.setParameter("code", code);
            }
            if (since != null) {
                q.setParameter("since", since);
            }
            return q.setMaxResults(first).getResultList().stream().map(PageFeedbackEntity::toFeedback).toList();
        });
    }
}
