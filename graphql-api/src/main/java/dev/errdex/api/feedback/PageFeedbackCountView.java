package dev.errdex.api.feedback;

import dev.errdex.triage.feedback.PageFeedback;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

/** GraphQL view of yes and no answers counted together. */
@Name("PageFeedbackCount")
@Description("How many readers answered \"Did this solve it?\" on a code's page with yes and with no.")
public record PageFeedbackCountView(
        @Description("Answers \"yes, it solved it\".") int helpful,
        @Description("Answers \"no, it did not\".") int notHelpful,
        @Description("helpful / (helpful + notHelpful), between 0 and 1; null without answers.") Double helpfulRate) {

    public static PageFeedbackCountView of(PageFeedback.Counts c) {
        return new PageFeedbackCountView(Math.toIntExact(c.helpful()), Math.toIntExact(c.notHelpful()),
                c.helpfulRate());
    }
}
