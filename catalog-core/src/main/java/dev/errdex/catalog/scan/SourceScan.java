package dev.errdex.catalog.scan;

import dev.errdex.catalog.CatalogError;
import dev.errdex.catalog.CatalogException;
import dev.errdex.catalog.scan.internal.CodeShapes;
import dev.errdex.catalog.scan.internal.FileScan;
import dev.errdex.catalog.scan.internal.FileScanner;
import dev.errdex.catalog.scan.internal.NameFilter;
import dev.errdex.catalog.scan.internal.PathPattern;
import dev.errdex.catalog.scan.internal.ScanFindings;
import dev.errdex.catalog.scan.internal.TestPaths;
import dev.errdex.catalog.scan.internal.TreeWalk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Scans a source tree for the codes of one namespace: {@code SourceScan.of(root, options).run()}.
 *
 * <p>Two passes, each streaming: one thread walks the tree and hands files to a bounded pool of readers (the walk
 * waits when the pool's queue is full), and no file's text is kept once it is read. The first pass reads the files
 * that may hold the namespace (a cheap byte search first) and the code-numbers files: string literals, comments and
 * constants bound to a code. When constants were found, the second pass reads every source file again for their
 * uses. See {@code docs/scan.md} for the rules.
 */
public final class SourceScan {

    /** Bytes looked at for a NUL that marks a binary file. */
    private static final int BINARY_PROBE = 8000;

    private final Path root;
    private final ScanOptions options;

    private SourceScan(Path root, ScanOptions options) {
        this.root = root;
        this.options = options;
    }

    /** A scan of the tree at {@code root}. */
    public static SourceScan of(Path root, ScanOptions options) {
        if (root == null || !Files.isDirectory(root) || !Files.isReadable(root)) {
            throw new CatalogException(CatalogError.SCAN_ROOT, "'" + root + "' is not a readable folder");
        }
        return new SourceScan(root.toAbsolutePath().normalize(), options);
    }

    /**
     * Runs the scan.
     *
     * @throws CatalogException {@link CatalogError#SCAN_FAILED} when the tree cannot be walked
     */
    public ScanReport run() {
        long started = System.nanoTime();
        CodeShapes shapes = new CodeShapes(options.namespace());
        List<PathPattern> numberFiles = options.codeNumberPatterns().stream()
                .map(p -> PathPattern.parse(p, false)).toList();
        TreeWalk.Counts counts = new TreeWalk.Counts();
        AtomicInteger binary = new AtomicInteger();
        AtomicInteger tooLarge = new AtomicInteger();
        AtomicInteger read = new AtomicInteger();
        List<TreeWalk.SourceFile> sources = Collections.synchronizedList(new ArrayList<>());
        ConcurrentLinkedQueue<FileScan> found = new ConcurrentLinkedQueue<>();

        inParallel(pool -> walk(counts, file -> pool.accept(() -> {
            if (file.size() > options.maxFileBytes()) {
                tooLarge.incrementAndGet();
                return;
            }
            byte[] bytes = readBytes(file, counts);
            if (bytes == null) {
                return;
            }
            if (isBinary(bytes)) {
                binary.incrementAndGet();
                return;
            }
            sources.add(file);
            boolean codeNumbers = numberFiles.stream().anyMatch(p -> p.matchesFileOrFolder(file.path()));
            if (!codeNumbers && !shapes.mayContain(bytes, bytes.length)) {
                return;
            }
            read.incrementAndGet();
            FileScan scan = named(file, () -> FileScanner.literals(file.language(), file.path(),
                    TestPaths.isTest(file.path()), new String(bytes, StandardCharsets.UTF_8), shapes, codeNumbers));
            if (!scan.hits().isEmpty() || !scan.malformed().isEmpty()) {
                found.add(scan);
            }
        })));

        Map<String, List<FileScan.Constant>> constants = new HashMap<>();
        for (FileScan scan : found) {
            for (FileScan.Constant c : scan.constants()) {
                constants.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(c);
            }
        }
        int secondPass = 0;
        if (!constants.isEmpty()) {
            List<TreeWalk.SourceFile> files = new ArrayList<>(sources);
            files.sort(Comparator.comparing(TreeWalk.SourceFile::path));
            secondPass = files.size();
            NameFilter names = new NameFilter(constants.keySet());
            inParallel(pool -> {
                for (TreeWalk.SourceFile file : files) {
                    pool.accept(() -> {
                        byte[] bytes = readBytes(file, counts);
                        if (bytes == null || !names.mayUse(bytes)) {
                            return;
                        }
                        FileScan scan = named(file, () -> FileScanner.uses(file.language(), file.path(),
                                TestPaths.isTest(file.path()), new String(bytes, StandardCharsets.UTF_8), shapes,
                                constants));
                        if (!scan.hits().isEmpty()) {
                            found.add(scan);
                        }
                    });
                }
            });
        }

        Optional<CodeOwners> owners = CodeOwners.find(root);
        List<CodeSite> sites = new ArrayList<>();
        List<Finding> malformed = new ArrayList<>();
        Map<String, String> ownerByPath = new HashMap<>();
        for (FileScan scan : found) {
            String owner = owners.map(o -> ownerByPath.computeIfAbsent(scan.path(),
                    p -> String.join(" ", o.ownersOf(p)))).filter(s -> !s.isEmpty()).orElse(null);
            for (FileScan.Hit hit : scan.hits()) {
                sites.add(site(scan, owner, hit.code(), hit.kind(), hit.line(), hit.symbol(), hit.constant()));
            }
            for (FileScan.Malformed m : scan.malformed()) {
                CodeSite site = site(scan, owner, m.written(), SiteKind.RAISE, m.line(), m.symbol(), null);
                malformed.add(new Finding(FindingKind.MALFORMED, m.written(), m.reason(), List.of(site),
                        site.location()));
            }
        }
        sites.sort(ScanFindings.SITE_ORDER);
        List<Finding> findings = ScanFindings.check(sites, malformed, options.catalog().orElse(null));
        ScanReport.Stats stats = new ScanReport.Stats(sources.size() + binary.get() + tooLarge.get(), read.get(),
                secondPass, counts.skippedFolders.get(), counts.ignoredPaths.get(), binary.get(), tooLarge.get(),
                List.copyOf(counts.unreadable), (System.nanoTime() - started) / 1_000_000);
        return new ScanReport(root, options, sites, findings, stats, owners.map(CodeOwners::source).orElse(null));
    }

    private CodeSite site(FileScan scan, String owner, String code, SiteKind kind, int line, String symbol,
                          String constant) {
        String url = options.links().map(l -> l.link(scan.path(), line)).orElse(null);
        return new CodeSite(code, kind, scan.path(), line, symbol, constant, scan.language().id(), owner, url);
    }

    private void walk(TreeWalk.Counts counts, Consumer<TreeWalk.SourceFile> consumer) {
        try {
            TreeWalk.walk(root, counts, consumer);
        } catch (IOException e) {
            throw failed("cannot walk " + root + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs {@code body}, which hands tasks to a pool of {@link ScanOptions#threads()} readers with a bounded queue
     * (a full queue makes the caller run the task: back pressure instead of a growing backlog), and waits for all.
     */
    private void inParallel(Consumer<Consumer<Runnable>> body) {
        int threads = options.threads();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(threads * 64), runnable -> {
                    Thread t = new Thread(runnable, "errdex-scan");
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
        ConcurrentLinkedQueue<RuntimeException> failures = new ConcurrentLinkedQueue<>();
        try {
            body.accept(task -> pool.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    failures.add(e);
                }
            }));
        } finally {
            pool.shutdown();
            try {
                if (!pool.awaitTermination(1, TimeUnit.HOURS)) {
                    pool.shutdownNow();
                }
            } catch (InterruptedException e) {
                pool.shutdownNow();
                Thread.currentThread().interrupt();
                throw failed("the scan was interrupted", e);
            }
        }
        if (!failures.isEmpty()) {
            RuntimeException first = failures.peek();
            throw failed("a file could not be scanned: " + first, first);
        }
    }

    /** Runs the reading of one file; a failure names the file. */
    private static FileScan named(TreeWalk.SourceFile file, java.util.function.Supplier<FileScan> reading) {
        try {
            return reading.get();
        } catch (RuntimeException e) {
            throw new IllegalStateException(file.path() + ": " + e, e);
        }
    }

    /** The one place that raises {@link CatalogError#SCAN_FAILED}. */
    private static CatalogException failed(String detail, Throwable cause) {
        return new CatalogException(CatalogError.SCAN_FAILED, detail, cause);
    }

    private static byte[] readBytes(TreeWalk.SourceFile file, TreeWalk.Counts counts) {
        try {
            return Files.readAllBytes(file.file());
        } catch (IOException e) {
            counts.unreadable.add(file.path());
            return null;
        }
    }

    private static boolean isBinary(byte[] bytes) {
        int n = Math.min(bytes.length, BINARY_PROBE);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
