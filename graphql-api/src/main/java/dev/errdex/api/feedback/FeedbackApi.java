package dev.errdex.api.feedback;

import dev.errdex.api.catalog.ErrorCode;
import dev.errdex.api.error.ErrdexException;
import dev.errdex.api.security.ReadAccess;
import dev.errdex.catalog.CodeSpelling;
import dev.errdex.triage.feedback.FeedbackException;
import dev.errdex.triage.feedback.PageFeedback;
import dev.errdex.triage.feedback.PageFeedbackService;
import dev.errdex.triage.feedback.SearchGaps;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What readers give back, over GraphQL: {@code ErrorCode.feedback} (counts, batched: one aggregate query for all codes
 * of a response), and for editors the answers themselves ({@code pageFeedback}) and the searches that found nothing
 * sure ({@code searchGaps}). Thin mapping onto triage-bot's {@link PageFeedbackService} and {@link SearchGaps}.
 */
@GraphQLApi
public class FeedbackApi {

    private static final String EDITOR = "editor";

    private final PageFeedbackService feedback;
    private final SearchGaps gaps;
    private final ReadAccess access;

    FeedbackApi(PageFeedbackService feedback, SearchGaps gaps, ReadAccess access) {
        this.feedback = feedback;
        this.gaps = gaps;
        this.access = access;
    }

    @Name("feedback")
    @Description("How readers answered \"Did this solve it?\" on the code's page (all time).")
    public List<@NonNull PageFeedbackCountView> feedback(@Source List<ErrorCode> codes) {
        Set<String> wanted = new LinkedHashSet<>();
        codes.forEach(c -> wanted.add(c.code()));
        Map<String, PageFeedback.Counts> counts = feedback.countsByCode(wanted);
        return codes.stream().map(c -> PageFeedbackCountView.of(counts.get(c.code()))).toList();
    }

    @Query("pageFeedback")
    @Description("Answers of the pages' \"Did this solve it?\" form, newest first (role editor). Comments are the"
            + " readers' text as typed. Errors: ERR_ERRDEX_1354 for a page size out of range.")
    public List<@NonNull PageFeedbackView> pageFeedback(
            @Name("code") @Description("Only the answers on this code's page (any spelling); all when left out.")
            String code,
            @Name("since") @Description("Only answers sent at or after this moment; all when left out.")
            Instant since,
            @Name("first") @Description("How many; 50 when left out, at most 200.") Integer first) {
        access.requireRole(EDITOR);
        String canonical = code == null ? null : CodeSpelling.canonical(code).orElse(code);
        return call(() -> feedback.list(canonical, since, first == null ? 50 : first).stream()
                .map(PageFeedbackView::of).toList());
    }

    @Query("searchGaps")
    @Description("Searches (search box, GraphQL search and match) that found nothing sure, most frequent first, with"
            + " errdex's best guesses: which guide or symptom to write next (role editor). Errors: ERR_ERRDEX_1354"
            + " for a page size out of range.")
    public List<@NonNull SearchGapView> searchGaps(
            @Name("since") @Description("Count the days from this moment's day (UTC) on; the whole retention when"
                    + " left out.") Instant since,
            @Name("first") @Description("How many texts; 20 when left out, at most 500.") Integer first) {
        access.requireRole(EDITOR);
        return call(() -> gaps.list(since, first == null ? 20 : first).stream().map(SearchGapView::of).toList());
    }

    private static <T> T call(Supplier<T> operation) {
        try {
            return operation.get();
        } catch (FeedbackException e) {
            throw new ErrdexException(e.error().code(), e.error().status(), e.getMessage());
        }
    }
}
