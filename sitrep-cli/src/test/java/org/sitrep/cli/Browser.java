package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sitrep.testkit.Chromium;

/**
 * Debian's headless {@code chromium} driven through {@code chromium-driver} for the desk's browser tests: the driver's
 * path is given, so Selenium Manager never looks for (or downloads) one. Without the browser the tests are skipped,
 * unless {@code SITREP_BROWSER_TESTS=required} (as {@code .ci/run} sets), where they fail. Every page load is followed by
 * a look at the browser's console: a Content-Security-Policy violation or a script error fails the test.
 */
final class Browser implements AutoCloseable {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final Chromium chromium;
    private final ChromeDriver driver;
    private final String base;

    private Browser(String base) throws IOException {
        this.base = base;
        chromium = Chromium.start();
        driver = chromium.driver();
        driver.manage().timeouts().scriptTimeout(WAIT);
    }

    /** Whether chromium and its driver are there. */
    static boolean installed() {
        return Chromium.installed();
    }

    /** Skips the calling test (or, with SITREP_BROWSER_TESTS=required as in CI, fails it) when chromium is missing. */
    static void assumeInstalled() {
        if (!installed()) {
            String why = "The browser tests need Debian's chromium and chromium-driver (" + Chromium.BROWSER + ", " + Chromium.DRIVER
                    + "; apt-get install -y chromium chromium-driver)";
            if ("required".equalsIgnoreCase(System.getenv("SITREP_BROWSER_TESTS"))) {
                fail(why + ", and SITREP_BROWSER_TESTS=required");
            }
            Assumptions.abort(why + ": skipped. Set SITREP_BROWSER_TESTS=required to make a missing browser a failure.");
        }
    }

    /** A browser on the desk at {@code base}, after {@link #assumeInstalled()}. */
    static Browser start(String base) {
        assumeInstalled();
        try {
            return new Browser(base);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Opens a page of the desk and waits until its script has drawn it (body data-state="ready"); an error box fails. */
    void open(String path) {
        driver.get(base + path);
        waitReady();
    }

    /** Waits until the page says it is drawn; a page that ends in its error state fails with what it shows. */
    void waitReady() {
        new WebDriverWait(driver, WAIT, Duration.ofMillis(25)).until(d -> {
            Object state = js("return document.body && document.body.dataset.state");
            return "ready".equals(state) || "error".equals(state);
        });
        if ("error".equals(js("return document.body.dataset.state"))) {
            fail("The page " + driver.getCurrentUrl() + " shows an error: " + text("#app") + console());
        }
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** What the element shows, as the DOM holds it (textContent: hidden and off-screen text too). */
    String text(String css) {
        return String.valueOf(js("const e = document.querySelector(arguments[0]); return e ? e.textContent : null;", css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    WebElement one(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    int count(String css) {
        return ((Number) js("return document.querySelectorAll(arguments[0]).length;", css)).intValue();
    }

    /** The console since the last look, one line per entry. */
    String console() {
        StringBuilder sb = new StringBuilder();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            sb.append("\n  ").append(e.getLevel()).append(' ').append(e.getMessage());
        }
        return sb.toString();
    }

    /**
     * Fails on any console error since the last look: a CSP violation ("Refused to …"), an uncaught exception, a failed
     * request; except a failed request for one of {@code allowedUrls} (a layer not built yet, which the page says).
     */
    void assertCleanConsole(String... allowedUrls) {
        List<String> bad = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            String m = e.getMessage();
            boolean severe = e.getLevel().intValue() >= Level.SEVERE.intValue();
            boolean csp = m.contains("Content Security Policy") || m.contains("Refused to");
            boolean allowed = !csp && m.contains("Failed to load resource") && Stream.of(allowedUrls).anyMatch(m::contains);
            if ((severe || csp) && !allowed) {
                bad.add(e.getLevel() + " " + m);
            }
        }
        if (!bad.isEmpty()) {
            fail("The console of " + driver.getCurrentUrl() + " shows errors:\n  " + String.join("\n  ", bad));
        }
    }

    /** Saves what the window shows as target/screenshots/{name}.png. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path out = SCREENSHOTS.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), out, StandardCopyOption.REPLACE_EXISTING);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        chromium.close();
    }
}
