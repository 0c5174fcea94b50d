package dev.errdex.api.ticket;

import dev.errdex.api.relay.PageInfo;
import dev.errdex.triage.ticket.TicketPage;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** GraphQL view of one page of tickets (Relay connection). */
@Name("TicketConnection")
@Description("A page of tickets, newest first, with cursors to go on in either direction.")
public record TicketConnection(
        @Description("How many tickets match, over all pages.") int totalCount,
        @NonNull @Description("The tickets of this page, each with its cursor.") List<@NonNull TicketEdge> edges,
        @NonNull @Description("The tickets of this page without cursors (a shortcut for edges { node }).")
        List<@NonNull TicketNode> nodes,
        @NonNull @Description("Where the page starts and ends, and whether tickets lie before and after it.")
        PageInfo pageInfo) {

    static TicketConnection of(TicketPage page) {
        List<TicketEdge> edges = page.edges().stream()
                .map(e -> new TicketEdge(e.cursor(), TicketNode.of(e.node()))).toList();
        return new TicketConnection(Math.toIntExact(page.totalCount()), edges,
                edges.stream().map(TicketEdge::node).toList(),
                new PageInfo(page.hasNextPage(), page.endCursor(), page.hasPreviousPage(), page.startCursor()));
    }

    /** One ticket of a page. */
    @Name("TicketEdge")
    @Description("A ticket and its cursor.")
    public record TicketEdge(
            @NonNull @Description("Opaque cursor of this ticket: pass it as after to go on after it, or as before to"
                    + " read the tickets before it.") String cursor,
            @NonNull @Description("The ticket.") TicketNode node) {
    }
}
