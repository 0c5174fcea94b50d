package dev.errdex.catalog.service;

import dev.errdex.catalog.CatalogEntry;

import java.time.Instant;

/**
 * A catalog entry as stored, with its metadata.
 *
 * @param entry     the content
 * @param revision  1 when created, +1 with every change
 * @param createdAt when the code entered this catalog
 * @param updatedAt when it last changed
 * @param updatedBy who changed it last ({@value CatalogService#BUNDLE_AUTHOR} for the bundled catalog)
 * @param edited    true once anything but the bundled catalog changed it; a newer bundle then leaves it alone
 */
public record StoredEntry(CatalogEntry entry, long revision, Instant createdAt, Instant updatedAt, String updatedBy,
                          boolean edited) {
}
