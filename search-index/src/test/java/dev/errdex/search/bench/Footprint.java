package dev.errdex.search.bench;

import dev.errdex.catalog.DefaultCatalog;
import dev.errdex.search.IndexOptions;
import dev.errdex.search.LuceneCatalogIndex;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build time and memory of the bundled-catalog index, with or without semantic matching: Java heap in use after a
 * full GC, and the process's resident memory (the ONNX runtime lives outside the heap). One mode per run, so the two
 * do not share a process:
 * <pre>java -cp ... dev.errdex.search.bench.Footprint [--semantic]</pre>
 */
public final class Footprint {

    private Footprint() {
    }

    public static void main(String[] args) throws Exception {
        boolean semantic = java.util.List.of(args).contains("--semantic");
        long heapBefore = heap();
        long rssBefore = rss();
        long t0 = System.nanoTime();
        try (var index = LuceneCatalogIndex.inMemory(DefaultCatalog.load(),
                IndexOptions.defaults().withSemantic(semantic))) {
            long ms = (System.nanoTime() - t0) / 1_000_000;
            for (String text : BenchData.emailTexts()) {
                index.match(text, 5);
            }
            System.out.printf("semantic=%s build=%d ms heap=+%d MiB rss=+%d MiB (rss %d MiB)%n", semantic, ms,
                    (heap() - heapBefore) >> 20, (rss() - rssBefore) >> 20, rss() >> 20);
        }
    }

    private static long heap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static long rss() throws java.io.IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        }
        return 0;
    }
}
