package dev.errdex.catalog.scan.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Walks a source tree in one thread and hands each source file to a consumer: folders that hold vendored, built or
 * generated code and hidden folders are not entered, {@code .gitignore}d paths are passed over, and only files of a
 * {@link Language} are handed on. Links are not followed.
 */
public final class TreeWalk {

    /** Folder names that are never entered: other people's code, build output, generated code, tool state. */
    public static final Set<String> SKIPPED_FOLDERS = Set.of("vendor", "node_modules", "third_party", "third-party",
            "thirdparty", "target", "build", "dist", "generated", "generated-sources", "generated-test-sources",
            "__pycache__", "venv", "bower_components", "Pods", "site-packages");

    /** A source file found by the walk. */
    public record SourceFile(Path file, String path, Language language, long size) {
    }

    /** What the walk counted. */
    public static final class Counts {
        public final AtomicInteger skippedFolders = new AtomicInteger();
        public final AtomicInteger ignoredPaths = new AtomicInteger();
        public final List<String> unreadable = Collections.synchronizedList(new ArrayList<>());
    }

    private TreeWalk() {
    }

    /** Walks {@code root}, calling {@code consumer} for each source file in the walking thread. */
    public static void walk(Path root, Counts counts, java.util.function.Consumer<SourceFile> consumer)
            throws IOException {
        Deque<IgnoreRules> rules = new ArrayDeque<>();
        rules.push(IgnoreRules.NONE);
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String rel = relative(root, dir);
                if (!rel.isEmpty()) {
                    String name = dir.getFileName().toString();
                    if (name.startsWith(".") || SKIPPED_FOLDERS.contains(name)) {
                        counts.skippedFolders.incrementAndGet();
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (rules.peek().ignores(rel, true)) {
                        counts.ignoredPaths.incrementAndGet();
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                }
                IgnoreRules current = rules.peek();
                Path gitignore = dir.resolve(".gitignore");
                if (Files.isRegularFile(gitignore)) {
                    try {
                        current = current.with(rel, Files.readString(gitignore, StandardCharsets.UTF_8));
                    } catch (IOException | RuntimeException e) {
                        counts.unreadable.add(relative(root, gitignore));
                    }
                }
                rules.push(current);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) {
                rules.pop();
                if (exc != null) {
                    counts.unreadable.add(relative(root, dir));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (!attrs.isRegularFile()) {
                    return FileVisitResult.CONTINUE;
                }
                var language = Language.of(file.getFileName().toString());
                if (language.isEmpty()) {
                    return FileVisitResult.CONTINUE;
                }
                String rel = relative(root, file);
                if (rules.peek().ignores(rel, false)) {
                    counts.ignoredPaths.incrementAndGet();
                    return FileVisitResult.CONTINUE;
                }
                consumer.accept(new SourceFile(file, rel, language.get(), attrs.size()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                counts.unreadable.add(relative(root, file));
                return FileVisitResult.CONTINUE;
            }
        });
    }

    static String relative(Path root, Path p) {
        String rel = root.relativize(p).toString();
        return p.getFileSystem().getSeparator().equals("/") ? rel : rel.replace(p.getFileSystem().getSeparator(), "/");
    }
}
