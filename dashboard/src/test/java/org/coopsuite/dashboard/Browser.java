package org.coopsuite.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium, headless, through its chromedriver. Where they are not installed the browser
 * tests cannot run: they fail when {@code COOP_REQUIRE_BROWSER=true} or {@code CI=true} (.ci/run
 * installs both), and are skipped, saying why, on a developer's machine without them.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    final WebDriver driver;
    final WebDriverWait wait;

    private Browser(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    static Browser open() {
        Path chromedriver = onPath("chromedriver");
        boolean present = chromedriver != null && Files.isExecutable(CHROMIUM);
        if ("true".equals(System.getenv("COOP_REQUIRE_BROWSER")) || "true".equals(System.getenv("CI"))) {
            assertThat(present).as("chromium and chromedriver (apt-get install chromium chromium-driver), "
                    + "which the browser tests need and .ci/run installs").isTrue();
        }
        assumeTrue(present, "chromium and chromium-driver are not installed: apt-get install chromium chromium-driver");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1600",
                        "--lang=en");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile()).build();
        return new Browser(new ChromeDriver(service, options));
    }

    /** Opens the dashboard, signs in on the authorization server's form and comes back to the page. */
    Browser signIn(BrowserSuite suite, String user, String password) {
        driver.get(suite.dashboardUrl + "/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.name("username"))).sendKeys(user);
        driver.findElement(By.name("password")).sendKeys(password);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        try {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("Not signed in as " + user + ": at " + driver.getCurrentUrl() + ": "
                    + driver.findElement(By.tagName("body")).getText(), e);
        }
        assertThat(driver.getCurrentUrl()).startsWith(suite.dashboardUrl);
        return this;
    }

    WebElement find(String css) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    /** Saves the page as docs/dashboard/{name}.png, for the README. */
    void screenshot(String name) {
        File shot = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path dir = Path.of(System.getProperty("coop.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(dir);
            Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static Path onPath(String name) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, name)).filter(Files::isExecutable).findFirst().orElse(null);
    }
}
