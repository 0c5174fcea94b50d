package dev.errdex.catalog.service;

import dev.errdex.catalog.io.Rejection;

import java.util.List;

/**
 * What an import did (or, for a dry run, would do).
 *
 * @param dryRun    true when nothing was written
 * @param added     codes that were new
 * @param changed   codes whose content changed
 * @param unchanged codes whose content was already the same
 * @param rejected  pages, files or entries that could not be imported, with file, line and reason
 * @param kept      codes whose curated fields the source would have changed but the import kept ("kept (curated)"),
 *                  field by field; such a code is also in {@code changed} or {@code unchanged} for its other fields
 */
public record ImportReport(boolean dryRun, List<String> added, List<String> changed, List<String> unchanged,
                           List<Rejection> rejected, List<KeptCurated> kept) {

    public ImportReport {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        unchanged = List.copyOf(unchanged);
        rejected = List.copyOf(rejected);
        kept = List.copyOf(kept);
    }

    /** A code whose curated fields an import kept, with the stored and the source's value of each. */
    public record KeptCurated(String code, List<CuratedFields.Kept> fields) {

        public KeptCurated {
            fields = List.copyOf(fields);
        }
    }
}
