package dev.errdex.triage.feedback;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** What the public pages take in from readers ({@code errdex.feedback.*}): page feedback and search gaps. */
@ConfigMapping(prefix = "errdex.feedback")
public interface FeedbackConfig {

    /** Longest comment kept with a "Did this solve it?" answer, in characters (at most 2000, the column's size). */
    @WithDefault("1000")
    int maxCommentLength();

    /** Answers a minute one client address may send (sustained); past it, 429 {@code ERR_ERRDEX_1353}. */
    @WithDefault("6")
    int answersPerMinute();

    /** Answers one client address may send at once before the per-minute rate applies. */
    @WithDefault("3")
    int answersBurst();

    /** Searches that found nothing sure. */
    SearchGapSettings searchGaps();

    /** Recording of searches that found nothing sure ({@code errdex.feedback.search-gaps.*}). */
    interface SearchGapSettings {

        /** Whether such searches are recorded at all. */
        @WithDefault("true")
        boolean enabled();

        /**
         * A search is sure when its first hit scores at least this much (the index's uncalibrated relevance, see
         * docs/pages.md "Search gaps"); below it, or without hits, it is a gap.
         */
        @WithDefault("3.0")
        double sureScore();

        /** Longest query text kept; longer texts are cut (after normalising). */
        @WithDefault("200")
        int maxQueryLength();

        /** Most rows kept; once reached, searches of new texts are no longer recorded (known texts still count). */
        @WithDefault("10000")
        int maxRows();

        /**
         * Most distinct texts held in memory between two writes; past it new texts are not counted until the next
         * write.
         */
        @WithDefault("1000")
        int maxPending();

        /** Days of gaps kept; older days are deleted when gaps are written. */
        @WithDefault("90D")
        Duration retention();

        /** Longest time in seconds recorded searches wait in memory before they are written. */
        @WithDefault("10")
        int writeSeconds();
    }
}
