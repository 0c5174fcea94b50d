package dev.errdex.search;

import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.DefaultCatalog;
import dev.errdex.search.internal.Confidence;

import java.util.List;

/**
 * Prints the description evidence (lead in ranking score, {@link Confidence#lead}) of the first candidate for the
 * synthetic texts about no error of {@link CalibrationSet} (seed 42, the set {@code Calibrate} fits the template
 * coefficients on): the negatives of the description calibration, beside the no-paste dev emails (docs/search.md).
 * Run from the module directory:
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) dev.errdex.search.DescriptionLeads
 * </pre>
 */
public final class DescriptionLeads {

    private DescriptionLeads() {
    }

    public static void main(String[] args) {
        List<CatalogEntry> catalog = DefaultCatalog.load();
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 42;
        try (LuceneCatalogIndex index = LuceneCatalogIndex.inMemory(catalog, IndexOptions.defaults())) {
            for (CalibrationSet.Example ex : CalibrationSet.make(catalog, 0, 500, seed)) {
                var ranked = index.rank(ex.text()).candidates();
                if (!ranked.isEmpty()) {
                    System.out.printf("NOISE %.3f %s support=%.2f%n", Confidence.lead(ranked, 0), ranked.get(0).code(), ranked.get(0).support());
                }
            }
        }
    }
}
