package dev.errdex.api.ticket;

import dev.errdex.api.catalog.ErrorCodeConnection.PageInfo;
import dev.errdex.triage.ticket.TicketPage;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** GraphQL view of one page of tickets (Relay connection). */
@Name("TicketConnection")
@Description("A page of tickets, newest first, with cursors to go on.")
public record TicketConnection(
        @Description("How many tickets match, over all pages.") int totalCount,
        @NonNull @Description("The tickets of this page, each with its cursor.") List<@NonNull TicketEdge> edges,
        @NonNull @Description("Whether more pages follow, and the cursor to ask for the next one.") PageInfo pageInfo) {

    static TicketConnection of(TicketPage page) {
        return new TicketConnection(Math.toIntExact(page.totalCount()),
                page.edges().stream().map(e -> new TicketEdge(e.cursor(), TicketNode.of(e.node()))).toList(),
                new PageInfo(page.hasNextPage(), page.endCursor()));
    }

    /** One ticket of a page. */
    @Name("TicketEdge")
    @Description("A ticket and the cursor that points just after it.")
    public record TicketEdge(
            @NonNull @Description("Opaque cursor; pass it as 'after' to continue after this ticket.") String cursor,
            @NonNull @Description("The ticket.") TicketNode node) {
    }
}
