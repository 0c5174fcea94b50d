package dev.errdex.api.web;

import dev.errdex.catalog.testing.PostgresTestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The public pages in a real browser (headless chromium): what a customer with a pasted error message does. */
@QuarkusTest
@WithTestResource(value = PostgresTestDatabase.class, scope = TestResourceScope.GLOBAL)
class BrowserJourneyTest {

    static final String PASTED = "Traffic successfully made it to the ngrok agent, but the agent failed to establish"
            + " a connection to the upstream web service at localhost:8080. The error encountered was: dial tcp"
            + " [::1]:8080: connect: connection refused";

    @TestHTTPResource("/errors")
    URL errors;

    @TestHTTPResource("/errors/err-ngrok-8012")
    URL codePageBySomeSpelling;

    @Test
    void customerSearchesAPastedMessageAndReadsTheFixGuide() {
        ChromeDriver browser = Browser.start(1280, 900);
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            browser.get(errors.toString());
            assertThat(browser.getTitle()).contains("Error codes");

            WebElement box = browser.findElement(By.id("q"));
            box.sendKeys(PASTED);
            browser.findElement(By.cssSelector("form.search button[type=submit]")).click();

            WebElement first = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("ol.hits li a")));
            assertThat(browser.getCurrentUrl()).contains("/errors/search?q=");
            first.click();

            WebElement fix = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("fix")));
            assertThat(browser.getCurrentUrl()).endsWith("/errors/ERR_NGROK_8012");
            assertThat(browser.findElement(By.tagName("h1")).getText()).contains("ERR_NGROK_8012");
            assertThat(fix.findElements(By.cssSelector("ol.steps li"))).isNotEmpty()
                    .allSatisfy(step -> assertThat(step.isDisplayed()).isTrue());
        } finally {
            browser.quit();
        }
    }

    @Test
    void readerCopiesTheCodeWithTheButtonAndAnswersDidThisSolveIt() {
        ChromeDriver browser = Browser.start(1280, 900);
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            browser.get(codePageBySomeSpelling.toString());

            WebElement copy = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                    "button.copy-button")));
            copy.click();
            WebElement status = browser.findElement(By.cssSelector(".copy-status"));
            wait.until(d -> !status.getText().isBlank());
            assertThat(status.getText()).as("copied, or selected where the clipboard is refused")
                    .containsAnyOf("Copied ERR_NGROK_8012", "Selected");
            browser.findElement(By.id("feedback-comment")).sendKeys("Step 2 fixed it.");
            browser.findElement(By.cssSelector("#feedback button[value=yes]")).click();

            wait.until(ExpectedConditions.urlContains("/feedback?answer=yes"));
            assertThat(browser.getCurrentUrl()).endsWith("/errors/ERR_NGROK_8012/feedback?answer=yes");
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Thank you for your answer");
        } finally {
            browser.quit();
        }
    }

    @Test
    void codePageReadsOnAPhoneAndIsSavedAsAScreenshot() throws IOException {
        ChromeDriver browser = Browser.start(390, 2400);
        try {
            browser.get(codePageBySomeSpelling.toString());

            assertThat(browser.getCurrentUrl()).endsWith("/errors/ERR_NGROK_8012");
            Long overflow = (Long) browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).as("no sideways scrolling at phone width").isLessThanOrEqualTo(0L);
            Path png = Path.of("target", "screenshots", "ERR_NGROK_8012-phone.png");
            Files.createDirectories(png.getParent());
            Files.write(png, browser.getScreenshotAs(OutputType.BYTES));
            assertThat(Files.size(png)).isPositive();
        } finally {
            browser.quit();
        }
    }
}
