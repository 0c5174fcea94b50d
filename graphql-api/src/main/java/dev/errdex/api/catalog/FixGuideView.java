package dev.errdex.api.catalog;

import dev.errdex.catalog.FixGuide;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** GraphQL view of a fix guide. */
@Name("FixGuide")
@Description("How to fix an error, in Markdown: what it means, its usual causes and the resolution steps.")
public record FixGuideView(
        @NonNull @Description("What the error means, one paragraph of Markdown.") String summary,
        @NonNull @Description("The usual causes, one Markdown line each.") List<@NonNull String> causes,
        @NonNull @Description("Resolution steps in order, one Markdown line each; commands in backticks.")
        List<@NonNull String> steps,
        @NonNull @Description("The whole guide as one Markdown document (summary, causes, steps).") String markdown) {

    public static FixGuideView of(FixGuide guide) {
        return new FixGuideView(guide.summary(), guide.causes(), guide.steps(), guide.toMarkdown());
    }
}
