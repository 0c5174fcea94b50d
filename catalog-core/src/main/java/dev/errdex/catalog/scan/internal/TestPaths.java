package dev.errdex.catalog.scan.internal;

import java.util.Set;

/**
 * Tells test files by their path: a folder named {@code test}, {@code tests}, {@code __tests__}, {@code spec},
 * {@code testdata} or {@code testFixtures} on the way (Maven and Gradle's {@code src/test}, Rust's {@code tests/}),
 * or a test file name: {@code *Test.java}, {@code *Tests.kt}, {@code *IT.java}, {@code *Test.cs}, {@code *_test.go},
 * {@code test_*.py}, {@code *_test.py}, {@code conftest.py}, {@code *.test.ts}, {@code *.spec.js} and the like.
 */
public final class TestPaths {

    private static final Set<String> TEST_FOLDERS = Set.of("test", "tests", "__tests__", "spec", "testdata",
            "testFixtures", "androidTest");

    private TestPaths() {
    }

    /** Whether the file at {@code path} (slash-separated) is a test file. */
    public static boolean isTest(String path) {
        int slash = path.lastIndexOf('/');
        int start = 0;
        while (start < slash) {
            int next = path.indexOf('/', start);
            if (TEST_FOLDERS.contains(path.substring(start, next))) {
                return true;
            }
            start = next + 1;
        }
        String name = path.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        String stem = dot < 0 ? name : name.substring(0, dot);
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        switch (ext) {
            case "java", "kt", "kts", "cs":
                return stem.endsWith("Test") || stem.endsWith("Tests") || stem.endsWith("IT")
                        || stem.endsWith("Spec");
            case "go":
                return stem.endsWith("_test");
            case "py":
                return stem.startsWith("test_") || stem.endsWith("_test") || stem.equals("conftest");
            case "rs":
                return stem.endsWith("_test") || stem.equals("tests");
            default:
                return stem.endsWith(".test") || stem.endsWith(".spec") || stem.endsWith("_test");
        }
    }
}
