package dev.errdex.api.graphql;

import dev.errdex.api.catalog.ErrorCode;
import dev.errdex.api.security.ReadAccess;
import dev.errdex.catalog.Category;
import dev.errdex.catalog.service.CatalogService;
import dev.errdex.catalog.service.StoredEntry;
import dev.errdex.search.SearchHit;
import dev.errdex.triage.feedback.SearchGaps;
import dev.errdex.triage.index.IndexRuntime;
import dev.errdex.triage.index.PastedMatch;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Search, matching, categories, and the computed fields of ErrorCode (related codes, history). */
@GraphQLApi
public class CatalogQueriesApi {

    /** Most hits a search returns. */
    static final int MAX_HITS = 100;

    private final CatalogService catalog;
    private final IndexRuntime index;
    private final ReadAccess access;
    private final SearchGaps gaps;

    CatalogQueriesApi(CatalogService catalog, IndexRuntime index, ReadAccess access, SearchGaps gaps) {
        this.catalog = catalog;
        this.index = index;
        this.access = access;
        this.gaps = gaps;
    }

    @Query("search")
    @Description("Finds error codes from a few words, a symptom, a question or a pasted message (typos allowed),"
            + " best first. Errors: ERR_ERRDEX_1151 for an empty or overlong query, ERR_ERRDEX_1150 while the index"
            + " is unavailable.")
    public List<@NonNull SearchHitView> search(
            @NonNull @Name("query") @Description("What the person typed.") String query,
            @Name("first") @Description("Most hits to return; 10 when left out, at most 100.") Integer first) {
        access.require();
        int limit = first == null ? 10 : Math.max(1, Math.min(MAX_HITS, first));
        List<SearchHit> hits = index.search(query, limit);
        gaps.searched(query, hits);
        return hits.stream().map(SearchHitView::of).toList();
    }

    @Query("match")
    @Description("Reads a pasted text (message, log, email body) the way triage does: the codes it names, those the"
            + " catalog does not know, and ranked suggestions with confidence.")
    public @NonNull MatchView match(@NonNull @Name("text") @Description("The pasted text.") String text) {
        access.require();
        PastedMatch found = index.match(text);
        gaps.matched(text, found);
        return MatchView.of(found);
    }

    @Query("categories")
    @Description("The product areas that hold error codes, with how many each holds, in label order.")
    public List<@NonNull CategoryCount> categories() {
        access.require();
        Map<String, Long> counts = catalog.countByCategory();
        List<CategoryCount> result = new ArrayList<>();
        counts.forEach((id, n) -> {
            Category c = Category.fromId(id).orElse(Category.OTHER);
            result.add(new CategoryCount(id, c.label(), n));
        });
        result.sort(java.util.Comparator.comparing(CategoryCount::label));
        return result;
    }

    @Name("related")
    @Description("The related error codes (those of relatedCodes that the catalog holds).")
    public List<List<@NonNull ErrorCode>> related(@Source List<ErrorCode> codes) {
        Set<String> wanted = new LinkedHashSet<>();
        codes.forEach(c -> wanted.addAll(c.related()));
        Map<String, StoredEntry> found = catalog.findAll(wanted);
        return codes.stream().map(c -> c.related().stream().map(found::get).filter(java.util.Objects::nonNull)
                .map(ErrorCode::of).toList()).toList();
    }

    @Name("history")
    @NonNull
    @Description("Every revision of the code, oldest first.")
    public List<List<@NonNull HistoryEntry>> history(@Source List<ErrorCode> codes) {
        // one query for every code of the answer (SmallRye batches @Source List), not one per code
        Map<String, List<dev.errdex.catalog.service.HistoryRecord>> found =
                catalog.histories(codes.stream().map(ErrorCode::code).toList());
        return codes.stream().map(c -> found.getOrDefault(c.code(), List.of()).stream().map(HistoryEntry::of)
                .toList()).toList();
    }
}
