package dev.errdex.api.graphql;

import dev.errdex.triage.index.PastedMatch;
import dev.errdex.search.Suggestion;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** GraphQL view of a match of a pasted text. */
@Name("Match")
@Description("What a pasted text (message, log, email) names and suggests.")
public record MatchView(
        @NonNull @Description("Codes named in the text that the catalog holds, in order of appearance.")
        List<@NonNull String> explicit,
        @NonNull @Description("Codes named in the text that the catalog does not hold.")
        List<@NonNull String> unknown,
        @NonNull @Description("Codes the words of the text point to, best first.")
        List<@NonNull SuggestionView> suggestions) {

    static MatchView of(PastedMatch r) {
        return new MatchView(r.explicit(), r.unknown(), r.suggestions().stream().map(SuggestionView::of).toList());
    }

    /** One suggested code. */
    @Name("Suggestion")
    @Description("A code suggested for a text, with how sure errdex is.")
    public record SuggestionView(
            @NonNull @Description("Canonical code.") String code,
            @Description("Calibrated confidence in [0,1] that this is the right code.") double confidence,
            @Description("True when the fix guide may be attached to a reply without a person checking.")
            boolean attach,
            @NonNull @Description("Which sentences of the text matched which field of the code's entry.")
            List<@NonNull EvidenceView> evidence) {

        static SuggestionView of(Suggestion s) {
            return new SuggestionView(s.code(), s.confidence(), s.attach(),
                    s.evidence().stream().map(e -> new EvidenceView(e.field(), e.sentence(), e.score())).toList());
        }
    }

    /** One piece of evidence. */
    @Name("Evidence")
    @Description("A sentence of the text that matched a field of an entry.")
    public record EvidenceView(
            @NonNull @Description("The entry's field that matched: message, title, symptom, guide, learned...")
            String field,
            @NonNull @Description("The sentence of the text that matched.") String sentence,
            @Description("The sentence's contribution to the suggestion.") double score) {
    }
}
