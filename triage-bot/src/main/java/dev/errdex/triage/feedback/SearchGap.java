package dev.errdex.triage.feedback;

import java.time.LocalDate;
import java.util.List;

/**
 * A normalised query text that found nothing sure, counted over the days asked for.
 *
 * @param query       the normalised text (lower case, spaces collapsed, addresses and numbers masked)
 * @param searches    how many searches of it found nothing sure
 * @param lastSeen    the last day (UTC) it was searched
 * @param bestGuesses the best guesses of its last search, canonical codes best first (empty when nothing was found)
 */
public record SearchGap(String query, long searches, LocalDate lastSeen, List<String> bestGuesses) {

    public SearchGap {
        bestGuesses = List.copyOf(bestGuesses);
    }
}
