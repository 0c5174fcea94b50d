package dev.errdex.catalog.scan;

import dev.errdex.catalog.SourceSite;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What {@code errdex scan --record} writes into the catalog for one code: its {@link SiteKind#RAISE} sites and the
 * owner of most of them.
 *
 * @param code  the canonical code
 * @param sites the raise sites as the catalog keeps them (path, line, symbol, url), in report order
 * @param owner the CODEOWNERS owners of most raise sites (the first such in report order on a tie); empty when the
 *              tree has no CODEOWNERS or none of the sites is owned
 */
public record RecordedSources(String code, List<SourceSite> sites, Optional<String> owner) {

    /** Per code of the report that has raise sites, in code order. */
    public static Map<String, RecordedSources> of(ScanReport report) {
        Map<String, List<CodeSite>> byCode = report.raiseSites().stream().collect(Collectors.groupingBy(
                CodeSite::code, java.util.TreeMap::new, Collectors.toList()));
        Map<String, RecordedSources> out = new LinkedHashMap<>();
        byCode.forEach((code, sites) -> out.put(code, new RecordedSources(code,
                sites.stream().map(s -> new SourceSite(s.path(), s.line(), s.symbol(), s.url())).toList(),
                mostCommonOwner(sites))));
        return out;
    }

    private static Optional<String> mostCommonOwner(List<CodeSite> sites) {
        Map<String, Long> counts = sites.stream().filter(s -> s.owner() != null)
                .collect(Collectors.groupingBy(CodeSite::owner, LinkedHashMap::new, Collectors.counting()));
        String best = null;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) {
                best = e.getKey();
            }
        }
        return Optional.ofNullable(best);
    }
}
