package dev.errdex.search;

import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.DefaultCatalog;
import dev.errdex.search.internal.CatalogAnalyzers;
import dev.errdex.search.internal.Confidence;
import dev.errdex.search.internal.IndexedEntry;
import dev.errdex.search.internal.Ranker;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Fits the confidence coefficients ({@link Confidence}) on synthetic texts made from the catalog
 * ({@link CalibrationSet}) and prints them with a reliability table, then checks them on the dev emails when the
 * shared datasets are there. Run from the module directory:
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) dev.errdex.search.Calibrate [--semantic]
 * </pre>
 */
public final class Calibrate {

    private Calibrate() {
    }

    /** One labelled feature vector: the first candidate's features and whether it was right. */
    record Row(double[] x, boolean right) {
    }

    public static void main(String[] args) throws Exception {
        boolean semantic = List.of(args).contains("--semantic");
        List<CatalogEntry> catalog = DefaultCatalog.load();
        Map<String, CatalogEntry> byCode = catalog.stream().collect(Collectors.toMap(CatalogEntry::code, e -> e));
        try (var index = LuceneCatalogIndex.inMemory(catalog, IndexOptions.defaults().withSemantic(semantic))) {
            List<CalibrationSet.Example> examples = CalibrationSet.make(catalog, 1500, 500, 42);
            CatalogAnalyzers analyzers = new CatalogAnalyzers();
            Function<CalibrationSet.Example, String> keyOf = ex -> ex.code() == null ? null
                    : IndexedEntry.of(byCode.get(ex.code()), List.of(), analyzers).messageKey();
            List<Row> rows = rows(index, examples, keyOf);
            double[] w = fit(rows, 4000, 0.5, 1e-3);
            System.out.println("coefficients " + Confidence.FEATURE_NAMES + " = " + fmt(w));
            reliability("synthetic (fitted)", rows, w);
            double t = threshold(rows, w, 0.99);
            System.out.printf("attach threshold for 97%% precision on synthetic: %.3f%n", threshold(rows, w, 0.97));
            System.out.printf("attach threshold for 99%% precision on synthetic: %.3f%n", t);
            List<Row> check = rows(index, CalibrationSet.make(catalog, 600, 200, 7), keyOf);
            reliability("synthetic (held-out seed)", check, w);
            attachFigures("synthetic held-out", check, w, t);
            Path dev = Path.of("..", "..", "shared", "datasets", "support-emails-dev");
            if (dev.toFile().isDirectory()) {
                List<Row> devRows = new ArrayList<>();
                for (var e : MatchEvaluation.emails(dev)) {
                    if (!e.explicit().isEmpty()) {
                        continue;
                    }
                    var ranked = index.rank(e.text()).candidates();
                    if (!ranked.isEmpty()) {
                        devRows.add(new Row(Confidence.features(ranked, 0), e.right().contains(ranked.get(0).code())));
                    }
                }
                reliability("dev emails", devRows, w);
                attachFigures("dev emails", devRows, w, t);
            }
        }
    }

    private static List<Row> rows(LuceneCatalogIndex index, List<CalibrationSet.Example> examples,
                                  Function<CalibrationSet.Example, String> keyOf) {
        List<Row> rows = new ArrayList<>();
        for (var ex : examples) {
            List<Ranker.Candidate> ranked = index.rank(ex.text()).candidates();
            if (ranked.isEmpty()) {
                continue;
            }
            String want = keyOf.apply(ex);
            boolean right = want != null && want.equals(ranked.get(0).entry().messageKey());
            rows.add(new Row(Confidence.features(ranked, 0), right));
        }
        return rows;
    }

    /** Logistic regression by gradient descent, L2 penalty, coefficients after the bias kept non-negative. */
    static double[] fit(List<Row> rows, int steps, double rate, double l2) {
        int d = rows.get(0).x().length;
        double[] w = new double[d];
        for (int s = 0; s < steps; s++) {
            double[] g = new double[d];
            for (Row r : rows) {
                double err = Confidence.probability(r.x(), w) - (r.right() ? 1 : 0);
                for (int i = 0; i < d; i++) {
                    g[i] += err * r.x()[i] / rows.size();
                }
            }
            for (int i = 0; i < d; i++) {
                w[i] -= rate * (g[i] + (i == 0 ? 0 : l2 * w[i]));
                if (i > 0 && w[i] < 0) {
                    w[i] = 0;
                }
            }
        }
        return w;
    }

    static double threshold(List<Row> rows, double[] w, double precision) {
        for (double t = 0.5; t < 1.0; t += 0.01) {
            int att = 0;
            int ok = 0;
            for (Row r : rows) {
                if (Confidence.probability(r.x(), w) >= t) {
                    att++;
                    ok += r.right() ? 1 : 0;
                }
            }
            if (att == 0 || (double) ok / att >= precision) {
                return t;
            }
        }
        return 1.0;
    }

    private static void attachFigures(String name, List<Row> rows, double[] w, double t) {
        int att = 0;
        int ok = 0;
        int right = 0;
        for (Row r : rows) {
            right += r.right() ? 1 : 0;
            if (Confidence.probability(r.x(), w) >= t) {
                att++;
                ok += r.right() ? 1 : 0;
            }
        }
        System.out.printf("%s: attached %d, right %d (precision %.3f), right first %d of %d%n", name, att, ok,
                att == 0 ? 1.0 : (double) ok / att, right, rows.size());
    }

    private static void reliability(String name, List<Row> rows, double[] w) {
        System.out.println("reliability, " + name + ": predicted bin -> share right (n)");
        int bins = 5;
        int[] n = new int[bins];
        int[] ok = new int[bins];
        for (Row r : rows) {
            int b = Math.min(bins - 1, (int) (Confidence.probability(r.x(), w) * bins));
            n[b]++;
            ok[b] += r.right() ? 1 : 0;
        }
        for (int b = 0; b < bins; b++) {
            System.out.printf("  %.1f-%.1f -> %s (%d)%n", (double) b / bins, (double) (b + 1) / bins,
                    n[b] == 0 ? "-" : String.format("%.2f", (double) ok[b] / n[b]), n[b]);
        }
    }

    private static String fmt(double[] w) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < w.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(String.format("%.2f", w[i]));
        }
        return sb.append('}').toString();
    }
}
