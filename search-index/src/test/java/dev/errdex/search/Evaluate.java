package dev.errdex.search;

import dev.errdex.catalog.DefaultCatalog;

import java.nio.file.Path;

/**
 * Prints the quality figures of the index on the shared dev sets and writes the files the shared scorers read.
 * Run from the module directory:
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) \
 *     dev.errdex.search.Evaluate [--semantic] [--show-misses]
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
            if (java.util.List.of(args).contains("--features")) {
                for (var e : emails) {
                    if (!e.explicit().isEmpty()) {
                        continue;
                    }
                    var ranked = index.rank(e.text()).candidates();
                    var sugs = index.match(e.text(), 1);
                    String first = ranked.isEmpty() ? "-" : ranked.get(0).toString();
                    String second = ranked.size() < 2 ? "-" : ranked.get(1).toString();
                    boolean ok = !ranked.isEmpty() && e.right().contains(ranked.get(0).code());
                    System.out.printf("%s %-10s %s conf=%s%n    1: %s%n    2: %s%n", e.file(), e.kind(),
                            e.inferred() == null ? "NOISE" : ok ? "RIGHT" : "WRONG",
                            sugs.isEmpty() ? "-" : sugs.get(0).confidence() + (sugs.get(0).attach() ? " ATTACH" : ""),
                            first, second);
                }
                return;
            }
            for (String a : args) {
                if (a.startsWith("--explain=")) {
                    String what = a.substring("--explain=".length());
                    String text = emails.stream().filter(e -> e.file().equals(what)).map(MatchEvaluation.Email::text)
                            .findFirst().orElse(what);
                    System.out.println(text);
                    index.rank(text).candidates().stream().limit(8).forEach(c -> System.out.println("  " + c));
                    index.match(text, 3).forEach(s -> System.out.println("  " + s));
                    return;
                }
            }
            var match = MatchEvaluation.run(index, emails, out.resolve("match-out.jsonl"));
            System.out.println("MATCH " + match);
            if (show) {
                match.misses().forEach(m -> System.out.println("  " + m));
            }
        }
    }
}
