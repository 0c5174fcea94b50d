package dev.errdex.triage.ticket;

import java.util.List;

/**
 * One page of a ticket listing, newest first.
 *
 * @param edges           the tickets, each with its cursor
 * @param hasNextPage     whether more follow
 * @param endCursor       cursor of the last ticket of the page; null when empty
 * @param totalCount      how many tickets match over all pages
 * @param hasPreviousPage whether newer tickets precede the page
 * @param startCursor     cursor of the first ticket of the page; null when empty
 */
public record TicketPage(List<Edge> edges, boolean hasNextPage, String endCursor, long totalCount,
                         boolean hasPreviousPage, String startCursor) {

    public TicketPage {
        edges = List.copyOf(edges);
    }

    /** The page of these edges. */
    static TicketPage of(List<Edge> edges, boolean hasPreviousPage, boolean hasNextPage, long totalCount) {
        return new TicketPage(edges, hasNextPage, edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor(),
                totalCount, hasPreviousPage, edges.isEmpty() ? null : edges.get(0).cursor());
    }

    /** A ticket and the cursor just after it. */
    public record Edge(String cursor, Ticket node) {
    }
}
