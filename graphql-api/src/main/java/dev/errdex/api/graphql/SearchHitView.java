package dev.errdex.api.graphql;

import dev.errdex.search.SearchHit;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** GraphQL view of a search hit. */
@Name("SearchHit")
@Description("An error code found by search, with the passage that matched.")
public record SearchHitView(
        @NonNull @Description("Canonical code, e.g. ERR_NGROK_8012.") String code,
        @NonNull @Description("Title of the error code.") String title,
        @Description("Product area id of the code, e.g. agent.") String category,
        @Description("Relevance, higher is better; comparable within one answer only.") double score,
        @Description("The best matching passage; matched words wrapped in <mark>...</mark>, the rest HTML-escaped.")
        String snippet) {

    static SearchHitView of(SearchHit hit) {
        return new SearchHitView(hit.code(), hit.title(), hit.category(), hit.score(), hit.snippet());
    }
}
