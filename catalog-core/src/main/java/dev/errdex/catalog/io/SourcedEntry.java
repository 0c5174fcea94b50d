package dev.errdex.catalog.io;

import dev.errdex.catalog.CatalogEntry;

/** An entry read from a catalog source, with where it came from. */
public record SourcedEntry(CatalogEntry entry, String file, int line) {
}
