package dev.errdex.catalog.service;

import java.util.List;

/**
 * One page of a listing, in code order (namespace, then number).
 *
 * @param edges           the entries with their cursors
 * @param hasNextPage     whether entries follow the last one
 * @param endCursor       cursor of the last entry (null on an empty page): pass it as {@code after} for the next page
 * @param totalCount      how many entries match the filter in all
 * @param hasPreviousPage whether entries precede the first one
 * @param startCursor     cursor of the first entry (null on an empty page): pass it as {@code before} for the
 *                        previous page
 */
public record CatalogPage(List<Edge> edges, boolean hasNextPage, String endCursor, long totalCount,
                          boolean hasPreviousPage, String startCursor) {

    /** The page of these edges. */
    static CatalogPage of(List<Edge> edges, boolean hasPreviousPage, boolean hasNextPage, long totalCount) {
        return new CatalogPage(edges, hasNextPage, edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor(),
                totalCount, hasPreviousPage, edges.isEmpty() ? null : edges.get(0).cursor());
    }

    /** An entry and the opaque cursor that points just after it. */
    public record Edge(String cursor, StoredEntry node) {
    }
}
