package dev.errdex.triage.feedback;

import java.time.Instant;

/**
 * One "Did this solve it?" answer on a code's page.
 *
 * @param id        the answer's id
 * @param code      canonical code of the page
 * @param helpful   true for yes
 * @param comment   the reader's comment as typed, or null
 * @param createdAt when it was sent
 */
public record PageFeedback(long id, String code, boolean helpful, String comment, Instant createdAt) {

    /**
     * Yes and no answers counted together.
     *
     * @param helpful    answers "yes"
     * @param notHelpful answers "no"
     */
    public record Counts(long helpful, long notHelpful) {

        /** No answers. */
        public static final Counts NONE = new Counts(0, 0);

        /** Share of yes among all answers, or null without answers. */
        public Double helpfulRate() {
            long all = helpful + notHelpful;
            return all == 0 ? null : (double) helpful / all;
        }
    }
}
