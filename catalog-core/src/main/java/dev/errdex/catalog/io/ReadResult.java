package dev.errdex.catalog.io;

import dev.errdex.catalog.CatalogEntry;

import java.util.List;

/** What a catalog source yielded: the entries read (in source order) and what was rejected. */
public record ReadResult(List<SourcedEntry> entries, List<Rejection> rejected) {

    public ReadResult {
        entries = List.copyOf(entries);
        rejected = List.copyOf(rejected);
    }

    /** The entries without their origin. */
    public List<CatalogEntry> catalogEntries() {
        return entries.stream().map(SourcedEntry::entry).toList();
    }
}
