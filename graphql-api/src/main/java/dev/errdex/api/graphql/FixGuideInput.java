package dev.errdex.api.graphql;

import dev.errdex.catalog.FixGuide;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** GraphQL input of a fix guide. */
@Input("FixGuideInput")
@Description("A fix guide to store: what the error means, its usual causes, the steps that resolve it (Markdown).")
public class FixGuideInput {

    @NonNull
    @Description("What the error means, one paragraph of Markdown.")
    public String summary;

    @Description("The usual causes, one Markdown line each.")
    public List<String> causes;

    @Description("Resolution steps in order, one Markdown line each.")
    public List<String> steps;

    FixGuide toGuide() {
        return new FixGuide(summary, causes == null ? List.of() : causes, steps == null ? List.of() : steps);
    }
}
