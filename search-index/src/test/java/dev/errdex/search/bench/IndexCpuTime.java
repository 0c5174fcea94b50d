package dev.errdex.search.bench;

import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.DefaultCatalog;
import dev.errdex.search.CatalogIndex;
import dev.errdex.search.LuceneCatalogIndex;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * CPU time, not wall time, of the index's work, so that two builds can be compared on a shared machine by running
 * them alternately: thread CPU per {@code match} (dev emails) and {@code search} (dev queries) on the bundled catalog
 * and per {@code match} on the 100,000-code synthetic catalog of {@link LargeCatalogBenchmark}, and the process CPU of
 * building that catalog's index (twice; the second is warm). Uses only {@link CatalogIndex}'s public API, so the same
 * source compiles against an older build's classes. See docs/benchmarks.md.
 */
public final class IndexCpuTime {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private IndexCpuTime() {
    }

    public static void main(String[] args) throws Exception {
        List<String> emails = BenchData.emailTexts();
        List<String> queries = BenchData.queries();
        List<CatalogEntry> bundled = DefaultCatalog.load();
        try (CatalogIndex index = LuceneCatalogIndex.inMemory(bundled)) {
            System.out.println("bundled match  " + perCall(emails, 30, text -> index.match(text, 5)));
            System.out.println("bundled search " + perCall(queries, 30, query -> index.search(query, 10)));
        }
        List<CatalogEntry> large = new ArrayList<>(bundled);
        large.addAll(BenchData.synthetic(bundled, LargeCatalogBenchmark.SIZE - bundled.size(), 100));
        for (int build = 1; build <= 2; build++) {
            long cpu = OS.getProcessCpuTime();
            long wall = System.nanoTime();
            try (CatalogIndex index = LuceneCatalogIndex.inMemory(large)) {
                System.out.printf("100k build %d   wall %.2f s, process CPU %.2f s%n", build,
                        (System.nanoTime() - wall) / 1e9, (OS.getProcessCpuTime() - cpu) / 1e9);
                if (build == 2) {
                    System.out.println("100k match     " + perCall(emails, 10, text -> index.match(text, 5)));
                }
            }
        }
    }

    /** Five warm-up rounds, then {@code rounds} measured ones: mean, p50 and p99 of the calling thread's CPU time. */
    private static String perCall(List<String> inputs, int rounds, Consumer<String> call) {
        for (int round = 0; round < 5; round++) {
            inputs.forEach(call);
        }
        long[] nanos = new long[inputs.size() * rounds];
        int n = 0;
        for (int round = 0; round < rounds; round++) {
            for (String input : inputs) {
                long start = THREADS.getCurrentThreadCpuTime();
                call.accept(input);
                nanos[n++] = THREADS.getCurrentThreadCpuTime() - start;
            }
        }
        Arrays.sort(nanos);
        return String.format("CPU per call: mean %.3f ms, p50 %.3f ms, p99 %.3f ms",
                Arrays.stream(nanos).average().orElse(0) / 1e6, nanos[nanos.length / 2] / 1e6,
                nanos[(int) (nanos.length * 0.99)] / 1e6);
    }
}
