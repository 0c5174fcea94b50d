package dev.errdex.triage.bench;

import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.DefaultCatalog;
import dev.errdex.search.CatalogIndex;
import dev.errdex.search.LuceneCatalogIndex;
import dev.errdex.triage.TriageEngine;
import dev.errdex.triage.extract.CodeExtractor;
import dev.errdex.triage.mail.MailReader;
import dev.errdex.triage.mail.ReadableEmail;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Triage over the dev emails, one thread, with the bundled catalog (1,608 codes) and the Lucene index as
 * {@code bin/triage} builds it ({@code LuceneCatalogIndex.inMemory}, semantic matching off):
 * <ul>
 *   <li>{@code read}, {@code extract}: MIME reading of the raw .eml bytes; code extraction on emails already read
 *       (throughput, emails/s);</li>
 *   <li>{@code triage}: the whole engine per raw email, parse + extract + match ({@link TriageEngine#triage(byte[])}:
 *       the index is asked only when no catalog code is written, as in {@code bin/triage}) (throughput, emails/s);</li>
 *   <li>{@code matchOne}: one {@code match(matcherText, 5)} call per invocation, cycling through the emails whose
 *       triage asks the index (no catalog code written) (sample time: p50/p99 per email);</li>
 *   <li>{@code triageOne}: one whole triage per invocation, cycling through all emails (sample time).</li>
 * </ul>
 * Not a unit test: run it with the command in docs/benchmarks.md. Emails from the system property
 * {@code errdex.bench.emails} (default {@code ../shared/datasets/support-emails-dev}, relative to the working
 * directory).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class TriageBenchmark {

    private static final int EMAILS = 60;

    private final List<byte[]> raw = new ArrayList<>();
    private final List<ReadableEmail> read = new ArrayList<>();
    private final List<String> matched = new ArrayList<>();
    private MailReader reader;
    private CodeExtractor extractor;
    private CatalogIndex index;
    private TriageEngine engine;
    private int nextMatch;
    private int nextTriage;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path dir = Path.of(System.getProperty("errdex.bench.emails", "../shared/datasets/support-emails-dev"));
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".eml")).sorted().limit(EMAILS).toList()) {
                raw.add(Files.readAllBytes(p));
            }
        }
        if (raw.size() != EMAILS) {
            throw new IllegalStateException("expected " + EMAILS + " .eml files in " + dir.toAbsolutePath());
        }
        List<CatalogEntry> catalog = DefaultCatalog.load();
        reader = new MailReader();
        extractor = CodeExtractor.forCatalog(catalog);
        index = LuceneCatalogIndex.inMemory(catalog);
        engine = new TriageEngine(catalog, index);
        for (byte[] r : raw) {
            ReadableEmail e = reader.read(r);
            read.add(e);
            if (extractor.extract(e).explicit().isEmpty()) {
                matched.add(TriageEngine.matcherText(e));
            }
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        index.close();
    }

    @Benchmark
    @OperationsPerInvocation(EMAILS)
    public void read(Blackhole bh) {
        for (byte[] r : raw) {
            bh.consume(reader.read(r));
        }
    }

    @Benchmark
    @OperationsPerInvocation(EMAILS)
    public void extract(Blackhole bh) {
        for (ReadableEmail e : read) {
            bh.consume(extractor.extract(e));
        }
    }

    @Benchmark
    @OperationsPerInvocation(EMAILS)
    public void triage(Blackhole bh) {
        for (byte[] r : raw) {
            bh.consume(engine.triage(r));
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Object matchOne() {
        String text = matched.get(nextMatch);
        nextMatch = (nextMatch + 1) % matched.size();
        return index.match(text, TriageEngine.SUGGESTION_LIMIT);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Object triageOne() {
        byte[] r = raw.get(nextTriage);
        nextTriage = (nextTriage + 1) % raw.size();
        return engine.triage(r);
    }
}
