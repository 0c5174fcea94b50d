package dev.errdex.catalog.scan.bench;

import dev.errdex.catalog.scan.FindingKind;
import dev.errdex.catalog.scan.ScanOptions;
import dev.errdex.catalog.scan.ScanReport;
import dev.errdex.catalog.scan.SourceScan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Random;

/**
 * The scan of a synthetic 100,000-file tree (not a unit test; run by hand, see docs/benchmarks.md):
 * {@code java -cp $CP dev.errdex.catalog.scan.bench.ScanBenchmark [files] [runs] [threads]} (defaults 100,000, 3
 * and 2: the JVM may count one core on a loaded machine, so the thread count is given).
 *
 * <p>The tree: 1,000 folders of 100 files each, in the seven languages in turn, about 60 lines (2 KB) a file; one file in
 * 20 raises a code as a literal, one in 50 raises one through a constant of a codes file that defines 500 constants
 * (so the second pass reads every file again), one in 100 has a code in a comment, plus a vendored folder and a
 * {@code .gitignore}d one. Each run scans the whole tree with a cold JVM state for the first run only; the page cache is
 * warm after the generation.
 */
public final class ScanBenchmark {

    private static final String[][] LANGUAGES = {
        {"java", "//"}, {"kt", "//"}, {"go", "//"}, {"ts", "//"}, {"py", "#"}, {"rs", "//"}, {"cs", "//"}
    };

    private ScanBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int files = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        Path root = Files.createTempDirectory("errdex-scan-bench");
        try {
            long t0 = System.nanoTime();
            long bytes = generate(root, files);
            System.out.printf(Locale.ROOT, "generated %,d files (%,d MB) in %.1f s under %s%n", files,
                    bytes / 1_000_000, (System.nanoTime() - t0) / 1e9, root);
            for (int run = 1; run <= runs; run++) {
                long start = System.nanoTime();
                long cpuStart = processCpuNanos();
                ScanReport report = SourceScan.of(root, ScanOptions.namespace("ERR_ACME").withThreads(threads)).run();
                double seconds = (System.nanoTime() - start) / 1e9;
                double cpu = (processCpuNanos() - cpuStart) / 1e9;
                System.out.printf(Locale.ROOT, "run %d: %.2f s wall, %.2f s CPU (all threads, GC and JIT included),"
                        + " load average %.1f; ", run, seconds, cpu,
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                System.out.printf(Locale.ROOT, "%d threads; %,d source files, %,d read, %,d read again"
                                + " for constants, %,d sites, %,d codes, %,d multiply raised, %d folders skipped,"
                                + " %d ignored%n", threads, report.stats().sourceFiles(),
                        report.stats().filesRead(), report.stats().filesReadForUses(), report.sites().size(),
                        report.codes().size(), report.findings(FindingKind.MULTIPLY_RAISED).size(),
                        report.stats().skippedFolders(), report.stats().ignoredPaths());
            }
        } finally {
            delete(root);
        }
    }

    /** CPU time of this process so far: what the scan costs whatever the neighbours on a shared machine take. */
    private static long processCpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }

    private static long generate(Path root, int files) throws IOException {
        Random random = new Random(18);
        long bytes = 0;
        StringBuilder codes = new StringBuilder("package codes\n\n");
        for (int k = 0; k < 500; k++) {
            codes.append("const C").append(k).append(" = \"ERR_ACME_").append(5000 + k).append("\"\n");
        }
        Files.createDirectories(root.resolve("codes"));
        Files.writeString(root.resolve("codes/codes.go"), codes);
        Files.writeString(root.resolve(".gitignore"), "ignored/\n*.gen.ts\n");
        for (String folder : new String[] {"vendor/lib", "node_modules/lib", "ignored"}) {
            Files.createDirectories(root.resolve(folder));
            Files.writeString(root.resolve(folder + "/x.js"), "throw new Error(\"ERR_ACME_9999\");\n");
        }
        for (int i = 0; i < files; i++) {
            String[] lang = LANGUAGES[i % LANGUAGES.length];
            Path dir = root.resolve("src/p" + (i / 100));
            if (i % 100 == 0) {
                Files.createDirectories(dir);
            }
            String text = file(i, lang[0], lang[1], random);
            bytes += text.length();
            Files.writeString(dir.resolve("F" + i + "." + lang[0]), text, StandardCharsets.UTF_8);
        }
        return bytes;
    }

    private static String file(int i, String ext, String comment, Random random) {
        StringBuilder sb = new StringBuilder(2200);
        boolean python = ext.equals("py");
        sb.append(comment).append(" generated file ").append(i).append('\n');
        sb.append(python ? "class F" + i + ":\n" : "class F" + i + " {\n");
        for (int m = 0; m < 6; m++) {
            sb.append(python ? "    def m" + m + "(self, a, b):\n" : "    fun m" + m + "(a: Int, b: Int) {\n");
            for (int l = 0; l < 7; l++) {
                sb.append(python ? "        " : "        ").append("val").append(l).append(" = compute(a, b, \"")
                        .append(Integer.toHexString(random.nextInt())).append("\", ").append(random.nextInt(1000))
                        .append(")").append(python ? "" : ";").append('\n');
            }
            if (m == 2 && i % 20 == 0) {
                sb.append("        raise(\"ERR_ACME_").append(1000 + (i / 20) % 3000).append("\")")
                        .append(python ? "" : ";").append('\n');
            }
            if (m == 3 && i % 50 == 7) {
                sb.append("        raise(codes.C").append(i % 500).append(")").append(python ? "" : ";").append('\n');
            }
            if (m == 4 && i % 100 == 3) {
                sb.append("        ").append(comment).append(" raise(\"ERR_ACME_").append(4000 + i % 900)
                        .append("\")\n");
            }
            sb.append(python ? "\n" : "    }\n");
        }
        sb.append(python ? "\n" : "}\n");
        return sb.toString();
    }

    private static void delete(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
