package dev.errdex.catalog.service;

import java.util.List;

/**
 * What {@link CatalogService#recordSources} did, by code.
 *
 * @param recorded     codes whose sources or owner changed
 * @param unchanged    codes that already had these sources and owner
 * @param pinned       codes left alone because a person pinned their sources
 * @param notInCatalog codes raised in the source that the catalog does not have (not added)
 */
public record SourcesReport(List<String> recorded, List<String> unchanged, List<String> pinned,
                            List<String> notInCatalog) {

    public SourcesReport {
        recorded = List.copyOf(recorded);
        unchanged = List.copyOf(unchanged);
        pinned = List.copyOf(pinned);
        notInCatalog = List.copyOf(notInCatalog);
    }
}
