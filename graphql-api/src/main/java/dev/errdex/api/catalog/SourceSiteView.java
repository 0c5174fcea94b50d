package dev.errdex.api.catalog;

import dev.errdex.catalog.SourceSite;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** GraphQL view of one place in the source that raises a code. */
@Name("SourceSite")
@Description("One place in the product's source that raises the code (recorded by errdex scan --record, or set by"
        + " an editor).")
public record SourceSiteView(
        @NonNull @Description("The file, relative to the repository root, e.g. src/main/java/acme/Widgets.java.")
        String path,
        @Description("The line, from 1.") int line,
        @NonNull @Description("The enclosing type and function, e.g. Widgets.start; empty at the top level.")
        String symbol,
        @Description("Web link to the line in the repository; null when no repository URL was given.") String url) {

    public static SourceSiteView of(SourceSite site) {
        return new SourceSiteView(site.path(), site.line(), site.symbol(), site.url());
    }
}
