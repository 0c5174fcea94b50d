package dev.errdex.catalog.service;

import java.util.List;

/**
 * One page of a listing, in code order (namespace, then number).
 *
 * @param edges       the entries with their cursors
 * @param hasNextPage whether entries follow the last one
 * @param endCursor   cursor of the last entry (null on an empty page): pass it as {@code after} for the next page
 * @param totalCount  how many entries match the filter in all
 */
public record CatalogPage(List<Edge> edges, boolean hasNextPage, String endCursor, long totalCount) {

    /** An entry and the opaque cursor that points just after it. */
    public record Edge(String cursor, StoredEntry node) {
    }
}
