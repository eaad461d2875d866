package vn.lienthong.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium for the browser tests. Without Chromium the tests are skipped with a message,
 * except in CI ({@code CI=true}), where a missing browser is a failure.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));

    private final WebDriver driver;

    private Browser(WebDriver driver) {
        this.driver = driver;
    }

    public static Browser open(int width, int height) {
        return open(width, height, new String[0]);
    }

    /** A browser with further Chromium flags, e.g. a fake camera and microphone for WebRTC. */
    public static Browser open(int width, int height, String... flags) {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!present) {
            String message = "Chromium or chromedriver not found (" + CHROMIUM + ", " + DRIVER
                    + "): install Debian's chromium and chromium-driver to run the browser tests";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(message);
            }
            Assumptions.abort(message);
        }
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--lang=vi", "--user-data-dir=" + Files.createTempDirectory("chromium-profile"),
                    "--window-size=" + width + "," + height);
            options.addArguments(flags);
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().window().setSize(new Dimension(width, height));
            return new Browser(driver);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * Waits of up to 20 s. A live page redraws a panel when an event arrives, so an element a condition has just found
     * can be replaced before it is read: such a condition is asked again rather than failing.
     */
    public WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    /** Signs in through the sign-in page with a demo account (password demo123) and waits for the top bar. */
    public void signIn(URL base, String username) {
        signIn(base, username, "demo123");
    }

    /** Signs in as an account a test made, with its own password. */
    public void signIn(URL base, String username, String password) {
        driver.get(base + "#/login");
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("login-username"))).sendKeys(username);
        driver.findElement(By.id("login-password")).sendKeys(password);
        driver.findElement(By.id("login-submit")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
    }

    /** Keeps a picture of the page under target/screenshots for whoever reads the test report. */
    public void screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
