package org.sitrep.testkit;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;

/**
 * Debian's headless {@code chromium} driven through {@code chromium-driver}, for the desk's browser tests and its
 * page-load benchmark: the driver's path is given ({@code SITREP_CHROMEDRIVER}, default {@code /usr/bin/chromedriver};
 * the browser {@code SITREP_CHROMIUM}, default {@code /usr/bin/chromium}), so Selenium Manager never looks for or
 * downloads one, and the flags keep the browser off the network (no background requests, no updates, no sync). Each
 * instance has a fresh profile in a temporary folder, deleted on {@link #close()}. The browser's console is kept.
 */
public final class Chromium implements AutoCloseable {
    public static final Path DRIVER = Path.of(System.getenv().getOrDefault("SITREP_CHROMEDRIVER", "/usr/bin/chromedriver"));
    public static final Path BROWSER = Path.of(System.getenv().getOrDefault("SITREP_CHROMIUM", "/usr/bin/chromium"));

    static {
        // Debian's chromium is older or newer than the DevTools versions Selenium bundles; nothing here uses them.
        java.util.logging.Logger.getLogger("org.openqa.selenium.devtools").setLevel(Level.OFF);
        java.util.logging.Logger.getLogger("org.openqa.selenium.chromium").setLevel(Level.OFF);
    }

    private final ChromeDriver driver;
    private final Path profile;

    private Chromium(Path profile, ChromeDriver driver) {
        this.profile = profile;
        this.driver = driver;
    }

    /** Whether chromium and its driver are there. */
    public static boolean installed() {
        return Files.isExecutable(DRIVER) && Files.isExecutable(BROWSER);
    }

    /** A headless browser with a 1280×1000 window; alerts stay up (so a test can see one). */
    public static Chromium start() throws IOException {
        if (!installed()) {
            throw new IllegalStateException("Chromium needs Debian's chromium and chromium-driver (" + BROWSER + ", " + DRIVER
                    + "; apt-get install -y chromium chromium-driver)");
        }
        Path profile = Files.createTempDirectory("sitrep-chromium");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort()
                .withLogFile(new File(profile.toFile(), "chromedriver.log")).build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions", "--window-size=1280,1000",
                "--user-data-dir=" + profile.resolve("profile"));
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        return new Chromium(profile, new ChromeDriver(service, options));
    }

    public ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary profile left behind
            }
        }
    }
}
