package dev.errdex.api.catalog;

import dev.errdex.catalog.service.CatalogPage;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** GraphQL view of one page of a listing (Relay connection). */
@Name("ErrorCodeConnection")
@Description("A page of error codes in code order, with cursors to go on.")
public record ErrorCodeConnection(
        @Description("How many error codes match, over all pages.") int totalCount,
        @NonNull @Description("The error codes of this page, each with its cursor.") List<@NonNull ErrorCodeEdge> edges,
        @NonNull @Description("Whether more pages follow, and the cursor to ask for the next one.") PageInfo pageInfo) {

    public static ErrorCodeConnection of(CatalogPage page) {
        return new ErrorCodeConnection(Math.toIntExact(page.totalCount()),
                page.edges().stream().map(e -> new ErrorCodeEdge(e.cursor(), ErrorCode.of(e.node()))).toList(),
                new PageInfo(page.hasNextPage(), page.endCursor()));
    }

    /** One error code of a page. */
    @Name("ErrorCodeEdge")
    @Description("An error code and the cursor that points just after it.")
    public record ErrorCodeEdge(
            @NonNull @Description("Opaque cursor; pass it as 'after' to continue after this code.") String cursor,
            @NonNull @Description("The error code.") ErrorCode node) {
    }

    /** Paging state. */
    @Name("PageInfo")
    @Description("Where a page ends and whether another follows.")
    public record PageInfo(
            @Description("True when more error codes follow this page.") boolean hasNextPage,
            @Description("Cursor of the last error code of this page; null when the page is empty.") String endCursor) {
    }
}
