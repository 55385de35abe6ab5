package org.campusnews.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.campusnews.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * Drives the machine's Chromium (Debian's {@code chromium} and {@code chromium-driver}) headless against the
 * application. Where they are not installed, the browser tests are skipped with a message rather than failing, except
 * under continuous integration ({@code CI=true}), where a missing browser fails them.
 */
abstract class BrowserTest extends IntegrationTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("campusnews.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("campusnews.chromedriver", "/usr/bin/chromedriver"));

    protected WebDriver browser;
    private Path profile;

    @BeforeEach
    void startBrowser() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String missing = "install Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER + ")";
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("Browser tests cannot run under CI: " + missing);
        }
        Assumptions.assumeTrue(installed, "Browser tests skipped: " + missing);
        profile = Files.createTempDirectory("campusnews-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            FileSystemUtils.deleteRecursively(profile);
        }
    }

    protected void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    /** Waits for an element; when it does not come, keeps a screenshot and the page under target/browser-failures. */
    protected WebElement waitFor(By locator) {
        try {
            return new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(locator));
        } catch (RuntimeException failure) {
            keepEvidence();
            throw failure;
        }
    }

    private void keepEvidence() {
        try {
            Path directory = Files.createDirectories(Path.of("target/browser-failures"));
            String name = getClass().getSimpleName() + "-" + System.currentTimeMillis();
            Files.writeString(directory.resolve(name + ".html"), browser.getCurrentUrl() + "\n" + browser.getPageSource());
            Files.write(directory.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException | RuntimeException ignored) {
            // The evidence is a help for reading the failure, not a reason for another one.
        }
    }

    protected void signIn(String username, String password) {
        open("/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        waitFor(By.cssSelector(".admin-user"));
    }

    protected void signOut() {
        browser.findElement(By.cssSelector("form[action='/logout'] button")).click();
        waitFor(By.id("username"));
    }
}
