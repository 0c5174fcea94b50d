package dev.errdex.search.bench;

import dev.errdex.catalog.DefaultCatalog;
import dev.errdex.search.IndexOptions;
import dev.errdex.search.LuceneCatalogIndex;
import dev.errdex.search.SearchHit;
import dev.errdex.search.Suggestion;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * match() over the dev emails' texts and search() over the dev queries, on the bundled 1,608-code catalog, with and
 * without semantic matching. Sample-time mode: JMH prints the percentiles (p0.99 is the figure of the issue).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MatchBenchmark {

    @Param({"false", "true"})
    public boolean semantic;

    private LuceneCatalogIndex index;
    private List<String> emails;
    private List<String> queries;
    private int nextEmail;
    private int nextQuery;

    @Setup(Level.Trial)
    public void build() throws Exception {
        index = LuceneCatalogIndex.inMemory(DefaultCatalog.load(), IndexOptions.defaults().withSemantic(semantic));
        emails = BenchData.emailTexts();
        queries = BenchData.queries();
    }

    @TearDown(Level.Trial)
    public void close() {
        index.close();
    }

    @Benchmark
    public List<Suggestion> match() {
        String text = emails.get(nextEmail);
        nextEmail = (nextEmail + 1) % emails.size();
        return index.match(text, 5);
    }

    @Benchmark
    public List<SearchHit> search() {
        String q = queries.get(nextQuery);
        nextQuery = (nextQuery + 1) % queries.size();
        return index.search(q, 10);
    }
}
