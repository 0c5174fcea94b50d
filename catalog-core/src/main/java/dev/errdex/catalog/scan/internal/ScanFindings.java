package dev.errdex.catalog.scan.internal;

import dev.errdex.catalog.scan.CodeSite;
import dev.errdex.catalog.scan.Finding;
import dev.errdex.catalog.scan.FindingKind;
import dev.errdex.catalog.scan.SiteKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The checks of {@code --check}, computed from the sites of a scan. */
public final class ScanFindings {

    /** Sites by code (numerically), then path, then line. */
    public static final Comparator<CodeSite> SITE_ORDER = Comparator
            .comparing((CodeSite s) -> codeNumber(s.code()))
            .thenComparing(CodeSite::code)
            .thenComparing(CodeSite::path)
            .thenComparingInt(CodeSite::line)
            .thenComparing(CodeSite::kind);

    private ScanFindings() {
    }

    /**
     * The findings: multiply raised codes, undocumented and dead codes (when {@code catalog} is not null) and the
     * malformed words, in that order, each sorted by code.
     *
     * @param sites     all sites, in {@link #SITE_ORDER}
     * @param catalog   the catalog's codes with where each was read (null values when unknown), or null
     */
    public static List<Finding> check(List<CodeSite> sites, List<Finding> malformed, Map<String, String> catalog) {
        Map<String, List<CodeSite>> byCode = sites.stream()
                .collect(Collectors.groupingBy(CodeSite::code, LinkedHashMap::new, Collectors.toList()));
        List<Finding> findings = new ArrayList<>();
        for (var e : byCode.entrySet()) {
            Map<String, CodeSite> places = raisePlaces(e.getValue());
            if (places.size() > 1) {
                List<CodeSite> one = List.copyOf(places.values());
                findings.add(new Finding(FindingKind.MULTIPLY_RAISED, e.getKey(), "raised at " + places.size()
                        + " unrelated places: " + one.stream().map(ScanFindings::describe)
                        .collect(Collectors.joining(", ")), one, one.get(0).location()));
            }
        }
        if (catalog != null) {
            for (var e : byCode.entrySet()) {
                List<CodeSite> inCode = e.getValue().stream()
                        .filter(s -> s.kind() == SiteKind.RAISE || s.kind() == SiteKind.DEFINITION).toList();
                if (!inCode.isEmpty() && !catalog.containsKey(e.getKey())) {
                    findings.add(new Finding(FindingKind.UNDOCUMENTED, e.getKey(), "raised in the source but not in"
                            + " the catalog", inCode, inCode.get(0).location()));
                }
            }
            Map<String, String> sorted = new TreeMap<>(Comparator.comparing(ScanFindings::codeNumber)
                    .thenComparing(Comparator.naturalOrder()));
            sorted.putAll(catalog);
            for (var e : sorted.entrySet()) {
                List<CodeSite> ofCode = byCode.getOrDefault(e.getKey(), List.of());
                if (ofCode.stream().noneMatch(s -> s.kind() == SiteKind.RAISE)) {
                    List<CodeSite> definitions = ofCode.stream()
                            .filter(s -> s.kind() == SiteKind.DEFINITION).toList();
                    String location = definitions.isEmpty() ? e.getValue() : definitions.get(0).location();
                    String why = definitions.isEmpty() ? "in the catalog but raised nowhere in the source"
                            : "in the catalog and defined as " + definitions.get(0).constant()
                            + ", but raised nowhere in the source";
                    findings.add(new Finding(FindingKind.DEAD, e.getKey(), why, definitions, location));
                }
            }
        }
        findings.addAll(malformed.stream()
                .sorted(Comparator.comparing(Finding::location).thenComparing(Finding::code)).toList());
        return List.copyOf(findings);
    }

    /** The raise sites of one code, one per place (file and enclosing symbol), in site order. */
    public static Map<String, CodeSite> raisePlaces(List<CodeSite> sitesOfOneCode) {
        Map<String, CodeSite> places = new LinkedHashMap<>();
        for (CodeSite s : sitesOfOneCode) {
            if (s.kind() == SiteKind.RAISE) {
                places.putIfAbsent(s.place(), s);
            }
        }
        return places;
    }

    private static String describe(CodeSite s) {
        return s.location() + (s.symbol().isEmpty() ? "" : " (" + s.symbol() + ")");
    }

    static long codeNumber(String code) {
        int i = code.length();
        while (i > 0 && Character.isDigit(code.charAt(i - 1))) {
            i--;
        }
        String digits = code.substring(i);
        return digits.isEmpty() || digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
    }
}
