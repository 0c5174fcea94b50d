package dev.errdex.search.bench;

import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.DefaultCatalog;
import dev.errdex.search.CatalogIndex;
import dev.errdex.search.LuceneCatalogIndex;
import dev.errdex.search.Suggestion;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A synthetic catalog of 100,000 codes (the bundled catalog plus 98,392 mutated copies, see
 * {@link BenchData#synthetic}): match() p99 over the dev emails, and the time to build the index in memory.
 * Semantic matching off (embedding 100,000 entries is a start-up cost of its own, see docs/benchmarks.md).
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LargeCatalogBenchmark {

    static final int SIZE = 100_000;

    private List<CatalogEntry> catalog;
    private CatalogIndex index;
    private List<String> emails;
    private int next;

    @Setup(Level.Trial)
    public void build() throws Exception {
        List<CatalogEntry> base = DefaultCatalog.load();
        catalog = new ArrayList<>(base);
        catalog.addAll(BenchData.synthetic(base, SIZE - base.size(), 100));
        index = LuceneCatalogIndex.inMemory(catalog);
        emails = BenchData.emailTexts();
    }

    @TearDown(Level.Trial)
    public void close() {
        index.close();
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    public List<Suggestion> match() {
        String text = emails.get(next);
        next = (next + 1) % emails.size();
        return index.match(text, 5);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public int buildIndex() {
        try (CatalogIndex fresh = LuceneCatalogIndex.inMemory(catalog)) {
            return fresh.size();
        }
    }
}
