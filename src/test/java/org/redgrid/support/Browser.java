package org.redgrid.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (the system's {@code chromium} and {@code chromedriver}) driving the pages
 * of the running test server, shared by every browser test of the run and started on first use.
 *
 * <p>Where no Chromium is installed the browser tests are skipped, unless the environment variable
 * {@code REDGRID_BROWSER_REQUIRED=true} is set (CI sets it), in which case they fail.
 */
public final class Browser {

    /** Phone width of the "usable on a 360-pixel-wide phone"; desktop width of a desk monitor. */
    public static final Dimension PHONE = new Dimension(360, 780);

    public static final Dimension DESKTOP = new Dimension(1280, 900);

    private static ChromeDriver shared;

    private final WebDriver driver;
    private final String base;

    private Browser(WebDriver driver, int port) {
        this.driver = driver;
        this.base = "http://127.0.0.1:" + port;
    }

    /** The shared browser, logged out, at desktop width, pointed at the server on {@code port}. */
    public static synchronized Browser on(int port) {
        if (shared == null) shared = start();
        Browser browser = new Browser(shared, port);
        browser.logOut();
        browser.resize(DESKTOP);
        return browser;
    }

    private static ChromeDriver start() {
        Optional<Path> chromium = firstOnPath("chromium", "chromium-browser", "google-chrome");
        Optional<Path> chromedriver = firstOnPath("chromedriver");
        if (chromium.isEmpty() || chromedriver.isEmpty()) {
            String missing = "no Chromium or chromedriver on PATH (Debian: apt-get install chromium chromium-driver)";
            if ("true".equals(System.getenv("REDGRID_BROWSER_REQUIRED"))) throw new IllegalStateException(missing);
            Assumptions.abort(missing);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get().toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--disable-gpu",
                "--lang=zh-CN",
                "--force-device-scale-factor=1");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.get().toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Runtime.getRuntime().addShutdownHook(new Thread(driver::quit));
        return driver;
    }

    private static Optional<Path> firstOnPath(String... names) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String name : names) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser resize(Dimension size) {
        driver.manage().window().setSize(size);
        return this;
    }

    public Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    /** Logs in through the login form, as a person would, and lands on the home page. */
    public Browser logIn(String username) {
        logOut();
        open("/login");
        find(By.name("username")).sendKeys(username);
        find(By.name("password")).sendKeys(Api.DEMO_PASSWORD);
        find(By.cssSelector("form button[type=submit]")).click();
        waitUntil(d -> !d.getCurrentUrl().contains("/login"));
        return this;
    }

    public Browser logOut() {
        driver.manage().deleteAllCookies();
        return this;
    }

    public WebElement find(By by) {
        return waitUntil(d -> d.findElement(by));
    }

    public List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    /** The page's visible text; read again when the page was replaced while it was being read. */
    public String text() {
        for (int attempt = 1; ; attempt++) {
            try {
                return driver.findElement(By.tagName("body")).getText();
            } catch (WebDriverException e) {
                if (!replacedWhileRead(e) || attempt == 5) throw e;
            }
        }
    }

    /**
     * Whether an element vanished under a read because the page was replaced: Chromium reports it as a
     * stale element, or, when the new document arrives mid-read, as a node that "does not belong to the
     * document".
     */
    static boolean replacedWhileRead(WebDriverException e) {
        return e instanceof StaleElementReferenceException
                || String.valueOf(e.getMessage()).contains("does not belong to the document");
    }

    public String currentPath() {
        return driver.getCurrentUrl().substring(base.length());
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Waits up to 10 seconds for the condition, polling; fails the test with the page text if it never holds. */
    public <T> T waitUntil(Function<WebDriver, T> condition) {
        try {
            // htmx swaps elements and pages are replaced while a condition reads them: "look again".
            return new WebDriverWait(driver, Duration.ofSeconds(10)).until(driver -> {
                try {
                    return condition.apply(driver);
                } catch (WebDriverException e) {
                    if (replacedWhileRead(e)) return null;
                    throw e;
                }
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("page " + driver.getCurrentUrl() + " never got there; it shows:\n" + text(), e);
        }
    }

    /**
     * Saves a screenshot of the visible page as {@code target/screenshots/<name>.png}, and also under
     * {@code docs/screenshots} when the build runs with {@code -Dredgrid.screenshots=docs}.
     */
    public Path screenshot(String name) {
        try {
            File png = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            Files.copy(png.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            if ("docs".equals(System.getProperty("redgrid.screenshots"))) {
                Path docs = Path.of("docs", "screenshots", name + ".png");
                Files.copy(png.toPath(), docs, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
