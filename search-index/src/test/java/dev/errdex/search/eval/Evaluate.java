package dev.errdex.search.eval;

import dev.errdex.catalog.DefaultCatalog;
import dev.errdex.search.IndexOptions;
import dev.errdex.search.LuceneCatalogIndex;

import java.nio.file.Path;

/**
 * Prints the quality figures of the index on the shared dev sets and writes the files the shared scorers read.
 * Run from the module directory:
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) \
 *     dev.errdex.search.eval.Evaluate [--semantic] [--show-misses]
 * </pre>
 * Writes target/eval/search-answers.jsonl and target/eval/match-out.jsonl.
 */
public final class Evaluate {

    private Evaluate() {
    }

    public static void main(String[] args) throws Exception {
        boolean semantic = java.util.List.of(args).contains("--semantic");
        boolean show = java.util.List.of(args).contains("--show-misses");
        Path shared = Path.of("..", "..", "shared");
        Path out = Path.of("target", "eval");
        long t0 = System.nanoTime();
        try (var index = LuceneCatalogIndex.inMemory(DefaultCatalog.load(),
                IndexOptions.defaults().withSemantic(semantic))) {
            System.out.printf("index built in %d ms (semantic=%s)%n", (System.nanoTime() - t0) / 1_000_000,
                    semantic);
            var search = SearchEvaluation.run(index, shared.resolve("datasets/search-queries-dev.jsonl"),
                    out.resolve("search-answers.jsonl"));
            System.out.println("SEARCH " + search);
            if (show) {
                search.misses().forEach(m -> System.out.println("  " + m));
            }
            var emails = MatchEvaluation.emails(shared.resolve("datasets/support-emails-dev"));
            var match = MatchEvaluation.run(index, emails, out.resolve("match-out.jsonl"));
            System.out.println("MATCH " + match);
            if (show) {
                match.misses().forEach(m -> System.out.println("  " + m));
            }
        }
    }
}
