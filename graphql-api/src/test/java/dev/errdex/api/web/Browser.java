package dev.errdex.api.web;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The one switch for browser tests: Debian's headless chromium driven through {@code /usr/bin/chromedriver}
 * (installed by {@code .ci/install-browser.sh}). Where they are missing the test is skipped with a message, and fails
 * under CI ({@code CI=true}).
 */
final class Browser {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Browser() {
    }

    /**
     * A fresh headless chromium with its own profile directory, or the end of the calling test when none is installed.
     *
     * @param width  window width in CSS pixels
     * @param height window height in CSS pixels
     */
    static ChromeDriver start(int width, int height) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String why = CHROMIUM + " or " + CHROMEDRIVER + " is missing; run .ci/install-browser.sh";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("under CI the browser test must run: " + why);
            }
            assumeTrue(false, "browser test skipped: " + why);
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("errdex-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
                "--force-device-scale-factor=1");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }
}
