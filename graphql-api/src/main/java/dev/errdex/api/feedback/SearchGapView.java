package dev.errdex.api.feedback;

import dev.errdex.triage.feedback.SearchGap;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.LocalDate;
import java.util.List;

/** GraphQL view of a search gap. */
@Name("SearchGap")
@Description("A search text that found nothing sure (no hit, or a first hit below the sure score; for match: no code"
        + " named and none attached), normalised, with how often it was searched and what errdex guessed.")
public record SearchGapView(
        @NonNull @Description("The normalised text: lower case, spaces collapsed, addresses, URLs, long numbers and"
                + " tokens masked (<email>, <url>, <ip>, <n>, <token>).") String query,
        @Description("Searches of it that found nothing sure in the period asked for.") int searches,
        @NonNull @Description("The last day (UTC) it was searched.") LocalDate lastSeen,
        @NonNull @Description("The best guesses of its last search, canonical codes best first; empty when nothing"
                + " was found.") List<@NonNull String> bestGuesses) {

    public static SearchGapView of(SearchGap g) {
        return new SearchGapView(g.query(), (int) Math.min(Integer.MAX_VALUE, g.searches()), g.lastSeen(),
                g.bestGuesses());
    }
}
