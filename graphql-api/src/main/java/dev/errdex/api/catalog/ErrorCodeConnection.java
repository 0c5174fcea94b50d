package dev.errdex.api.catalog;

import dev.errdex.api.relay.PageInfo;
import dev.errdex.catalog.service.CatalogPage;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** GraphQL view of one page of a listing (Relay connection). */
@Name("ErrorCodeConnection")
@Description("A page of error codes in code order, with cursors to go on in either direction.")
public record ErrorCodeConnection(
        @Description("How many error codes match, over all pages.") int totalCount,
        @NonNull @Description("The error codes of this page, each with its cursor.") List<@NonNull ErrorCodeEdge> edges,
        @NonNull @Description("The error codes of this page without cursors (a shortcut for edges { node }).")
        List<@NonNull ErrorCode> nodes,
        @NonNull @Description("Where the page starts and ends, and whether codes lie before and after it.")
        PageInfo pageInfo) {

    public static ErrorCodeConnection of(CatalogPage page) {
        List<ErrorCodeEdge> edges = page.edges().stream()
                .map(e -> new ErrorCodeEdge(e.cursor(), ErrorCode.of(e.node()))).toList();
        return new ErrorCodeConnection(Math.toIntExact(page.totalCount()), edges,
                edges.stream().map(ErrorCodeEdge::node).toList(),
                new PageInfo(page.hasNextPage(), page.endCursor(), page.hasPreviousPage(), page.startCursor()));
    }

    /** One error code of a page. */
    @Name("ErrorCodeEdge")
    @Description("An error code and its cursor.")
    public record ErrorCodeEdge(
            @NonNull @Description("Opaque cursor of this code: pass it as after to go on after it, or as before to"
                    + " read the codes before it.") String cursor,
            @NonNull @Description("The error code.") ErrorCode node) {
    }
}
