package dev.errdex.api.relay;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

/** Paging state of a connection (Relay's PageInfo). */
@Name("PageInfo")
@Description("Where a page starts and ends, and whether items lie before and after it.")
public record PageInfo(
        @Description("True when more items follow this page: pass endCursor as after to read them.")
        boolean hasNextPage,
        @Description("Cursor of the last item of this page; null when the page is empty.") String endCursor,
        @Description("True when items precede this page: pass startCursor as before (with last) to read them.")
        boolean hasPreviousPage,
        @Description("Cursor of the first item of this page; null when the page is empty.") String startCursor) {
}
