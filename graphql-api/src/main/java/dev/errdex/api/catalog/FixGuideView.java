package dev.errdex.api.catalog;

import dev.errdex.catalog.FixGuide;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/**
 * GraphQL view of a fix guide. The Markdown document is put together only when a client asks for it (listings and
 * related codes build many views whose guide nobody reads).
 */
@Name("FixGuide")
@Description("How to fix an error, in Markdown: what it means, its usual causes and the resolution steps.")
public final class FixGuideView {

    private final FixGuide guide;

    private FixGuideView(FixGuide guide) {
        this.guide = guide;
    }

    public static FixGuideView of(FixGuide guide) {
        return new FixGuideView(guide);
    }

    @NonNull
    @Description("What the error means, one paragraph of Markdown.")
    public String getSummary() {
        return guide.summary();
    }

    @NonNull
    @Description("The usual causes, one Markdown line each.")
    public List<@NonNull String> getCauses() {
        return guide.causes();
    }

    @NonNull
    @Description("Resolution steps in order, one Markdown line each; commands in backticks.")
    public List<@NonNull String> getSteps() {
        return guide.steps();
    }

    @NonNull
    @Description("The whole guide as one Markdown document (summary, causes, steps).")
    public String getMarkdown() {
        return guide.toMarkdown();
    }
}
