package dev.errdex.triage;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The datasets in {@code ../shared} beside the checkout ({@code ../../shared} from this module). A test that needs
 * them is skipped, with the reason, on a clone without them, and fails under CI (env {@code CI=true}) where they
 * must be present.
 */
public final class SharedData {

    private static final Path ROOT = Path.of("..", "..", "shared");

    private SharedData() {
    }

    /** The path {@code relative} inside ../shared; skips (or fails under CI) when it is missing. */
    public static Path require(String relative) {
        Path p = ROOT.resolve(relative);
        if (!Files.exists(p)) {
            String why = p.toAbsolutePath().normalize() + " is missing (the shared datasets live beside the checkout)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true but " + why);
            }
            assumeTrue(false, "skipped: " + why);
        }
        return p;
    }
}
