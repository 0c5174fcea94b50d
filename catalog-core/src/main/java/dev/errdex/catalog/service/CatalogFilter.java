package dev.errdex.catalog.service;

import dev.errdex.catalog.CatalogEntry;

/**
 * Which entries a listing returns; null fields do not filter.
 *
 * @param category  a category id, e.g. {@code traffic-policy}
 * @param status    active or deprecated
 * @param namespace e.g. {@code ERR_NGROK}
 * @param text      case-insensitive substring of code, title or message
 */
public record CatalogFilter(String category, CatalogEntry.Status status, String namespace, String text) {

    /** No filter: every entry. */
    public static final CatalogFilter ALL = new CatalogFilter(null, null, null, null);
}
