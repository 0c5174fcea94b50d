package dev.errdex.triage.bench;

import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.DefaultCatalog;
import dev.errdex.search.CatalogIndex;
import dev.errdex.search.LuceneCatalogIndex;
import dev.errdex.triage.TriageEngine;
import dev.errdex.triage.extract.CodeExtractor;
import dev.errdex.triage.mail.MailReader;
import dev.errdex.triage.mail.ReadableEmail;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * CPU time (not wall time) of {@code match} and of a whole triage per dev email, one thread: on a machine whose cores
 * are shared with other builds, the thread's CPU time leaves out the time it waited for a core, which the JMH
 * wall-clock figures ({@link TriageBenchmark}) cannot. Not a test; run with the command in docs/benchmarks.md:
 * {@code java -cp ... dev.errdex.triage.bench.CpuTime [ROUNDS]} (default 30 rounds over the emails, the first half
 * warm-up).
 */
public final class CpuTime {

    private CpuTime() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        Path dir = Path.of(System.getProperty("errdex.bench.emails", "../shared/datasets/support-emails-dev"));
        List<CatalogEntry> catalog = DefaultCatalog.load();
        MailReader reader = new MailReader();
        CodeExtractor extractor = CodeExtractor.forCatalog(catalog);
        List<byte[]> raw = new ArrayList<>();
        List<String> matched = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".eml")).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(p);
                raw.add(bytes);
                ReadableEmail e = reader.read(bytes);
                if (extractor.extract(e).explicit().isEmpty()) {
                    matched.add(TriageEngine.matcherText(e));
                }
            }
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        try (CatalogIndex index = LuceneCatalogIndex.inMemory(catalog)) {
            TriageEngine engine = new TriageEngine(catalog, index);
            long[] match = new long[matched.size() * (rounds - rounds / 2)];
            long triageTotal = 0;
            int m = 0;
            for (int r = 0; r < rounds; r++) {
                boolean measure = r >= rounds / 2;
                for (String text : matched) {
                    long t0 = mx.getCurrentThreadCpuTime();
                    index.match(text, TriageEngine.SUGGESTION_LIMIT);
                    long t = mx.getCurrentThreadCpuTime() - t0;
                    if (measure) {
                        match[m++] = t;
                    }
                }
                long t0 = mx.getCurrentThreadCpuTime();
                for (byte[] r1 : raw) {
                    engine.triage(r1);
                }
                if (measure) {
                    triageTotal += mx.getCurrentThreadCpuTime() - t0;
                }
            }
            Arrays.sort(match);
            int measured = rounds - rounds / 2;
            System.out.printf("match (%d emails that ask the index): cpu mean %.2f ms, p50 %.2f ms, p99 %.2f ms,"
                            + " max %.2f ms%n", matched.size(), Arrays.stream(match).average().orElse(0) / 1e6,
                    match[match.length / 2] / 1e6, match[(int) (match.length * 0.99)] / 1e6,
                    match[match.length - 1] / 1e6);
            double perEmail = triageTotal / 1e9 / measured / raw.size();
            System.out.printf("triage (parse + extract + match, %d emails): cpu %.2f ms per email = %.0f emails/s"
                    + " per core%n", raw.size(), perEmail * 1e3, 1 / perEmail);
        }
    }
}
