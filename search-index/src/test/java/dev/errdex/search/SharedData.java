package dev.errdex.search;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared datasets beside the checkout ({@code ../shared} from the repository root). A test that needs them runs
 * whenever they are there; on a clone without them it is skipped with the reason, except under CI
 * ({@code CI=true}), where their absence is a failure.
 */
public final class SharedData {

    /** From the module directory (the tests' working directory). */
    public static final Path ROOT = Path.of("..", "..", "shared");

    private SharedData() {
    }

    /** {@code relative} under the shared folder; skips (or, under CI, fails) the calling test when it is missing. */
    public static Path require(String relative) {
        Path p = ROOT.resolve(relative);
        if (!Files.exists(p)) {
            String why = "needs " + p.toAbsolutePath().normalize() + " (the shared datasets beside the checkout)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(why + "; under CI it must be there");
            }
            Assumptions.assumeTrue(false, "skipped: " + why);
        }
        return p;
    }
}
