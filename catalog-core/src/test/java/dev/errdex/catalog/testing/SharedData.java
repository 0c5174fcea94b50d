package dev.errdex.catalog.testing;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The one switch for tests that read {@code ../shared} (the datasets beside the checkout): they run whenever it is
 * there, are skipped with a message on a clone without it, and fail when it is missing under CI ({@code CI=true}).
 */
public final class SharedData {

    /** {@code shared/} seen from a module directory (the working directory of tests). */
    public static final Path ROOT = Path.of("..", "..", "shared");

    private SharedData() {
    }

    /** The ngrok error reference: 1,608 MDX pages. */
    public static Path ngrokDocsErrors() {
        return require("datasets/ngrok-docs-errors");
    }

    /**
     * A path below {@code ../shared}, or the end of the calling test: skipped outside CI, failed under CI.
     *
     * @param relative e.g. {@code datasets/ngrok-docs-errors}
     */
    public static Path require(String relative) {
        Path path = ROOT.resolve(relative);
        if (Files.exists(path)) {
            return path;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("../shared/" + relative + " is missing; under CI it must be beside the checkout");
        }
        assumeTrue(false, "skipped: ../shared/" + relative + " is not beside this checkout"
                + " (it exists on developer machines and in CI)");
        return path;
    }
}
