package dev.errdex.triage.bench;

import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.DefaultCatalog;
import dev.errdex.search.CatalogIndex;
import dev.errdex.search.LuceneCatalogIndex;
import dev.errdex.triage.TriageEngine;
import dev.errdex.triage.extract.CodeExtractor;
import dev.errdex.triage.internal.NoMatchIndex;
import dev.errdex.triage.mail.MailReader;
import dev.errdex.triage.mail.ReadableEmail;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
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
 * Throughput of triage over the dev emails, one thread: reading only, reading + extraction, and the whole engine
 * (reading + extraction + index match; the index is {@link NoMatchIndex} until LuceneCatalogIndex is implemented).
 * Not a unit test: run it with the command in docs/triage.md ("Speed"). Emails from the system property
 * {@code errdex.bench.emails} (default {@code ../shared/datasets/support-emails-dev}, relative to the repository root).
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
    private MailReader reader;
    private CodeExtractor extractor;
    private TriageEngine engine;

    @Setup
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
        engine = new TriageEngine(catalog, index(catalog));
        raw.forEach(r -> read.add(reader.read(r)));
    }

    private static CatalogIndex index(List<CatalogEntry> catalog) {
        try {
            return LuceneCatalogIndex.inMemory(catalog);
        } catch (UnsupportedOperationException notYet) {
            return new NoMatchIndex();
        }
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
}
