package dev.errdex.triage.ticket;

import java.util.List;

/**
 * One page of a ticket listing, newest first.
 *
 * @param edges       the tickets, each with its cursor
 * @param hasNextPage whether more follow
 * @param endCursor   cursor of the last ticket of the page; null when empty
 * @param totalCount  how many tickets match over all pages
 */
public record TicketPage(List<Edge> edges, boolean hasNextPage, String endCursor, long totalCount) {

    public TicketPage {
        edges = List.copyOf(edges);
    }

    /** A ticket and the cursor just after it. */
    public record Edge(String cursor, Ticket node) {
    }
}
