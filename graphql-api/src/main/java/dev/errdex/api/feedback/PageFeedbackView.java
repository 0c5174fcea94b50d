package dev.errdex.api.feedback;

import dev.errdex.triage.feedback.PageFeedback;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;

/** GraphQL view of one page answer. */
@Name("PageFeedback")
@Description("One answer of a code page's \"Did this solve it?\" form. The comment is the reader's text as typed:"
        + " escape it before showing it as HTML.")
public record PageFeedbackView(
        @NonNull @Id @Description("The answer's id.") String id,
        @NonNull @Description("Canonical code of the page.") String code,
        @Description("True for \"yes, it solved it\".") boolean helpful,
        @Description("The reader's comment, or null.") String comment,
        @NonNull @Description("When it was sent.") Instant createdAt) {

    public static PageFeedbackView of(PageFeedback f) {
        return new PageFeedbackView(Long.toString(f.id()), f.code(), f.helpful(), f.comment(), f.createdAt());
    }
}
