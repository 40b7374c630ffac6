package org.policynarrative.html.browser;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A headless Chromium driven through ChromeDriver, one per test class (starting one takes about a
 * second). It uses Debian's {@code chromium} and {@code chromium-driver} ({@code /usr/bin/chromium},
 * {@code /usr/bin/chromedriver}; the system properties {@code chromium.binary} and
 * {@code chromium.driver} name others), never a browser that Selenium would download. Chromium
 * starts with a fresh profile and without the background services that would try the network.
 *
 * <p>Without Chromium the browser tests are skipped with a message saying how to install it; on
 * CI (the environment variable {@code CI} set, as {@code .ci/run} runs) they fail instead, so that
 * they never pass unrun there.
 */
public final class Chromium implements AutoCloseable {

  private static final String BINARY = System.getProperty("chromium.binary", "/usr/bin/chromium");
  private static final String DRIVER = System.getProperty("chromium.driver", "/usr/bin/chromedriver");

  private final ChromeDriver driver;
  private final Path profile;

  private Chromium(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** Starts Chromium, or skips (fails on CI) the calling test class when it is not installed. */
  public static Chromium start() {
    requireInstalled();
    Path profile;
    try {
      profile = Files.createTempDirectory("io-html-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BINARY);
    // The machine's network is closed: without these, Chromium's own connections (updates, sync,
    // QUIC probes) stall start-up and page loads.
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,900",
        "--hide-scrollbars", "--force-device-scale-factor=1", "--lang=en-US");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(DRIVER)).usingAnyFreePort().build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120)).scriptTimeout(Duration.ofSeconds(60));
    return new Chromium(driver, profile);
  }

  private static void requireInstalled() {
    boolean installed = Files.isExecutable(Path.of(BINARY)) && Files.isExecutable(Path.of(DRIVER));
    if (installed) {
      return;
    }
    String message = "the browser tests need Chromium and its driver (" + BINARY + ", " + DRIVER + "): install"
        + " them with 'apt-get install chromium chromium-driver' (.ci/run does), or name others with"
        + " -Dchromium.binary=... -Dchromium.driver=...";
    if (System.getenv("CI") != null) {
      fail("CI is set, so the browser tests may not be skipped: " + message);
    }
    Assumptions.abort("Skipped: " + message);
  }

  /** {@return the driver} */
  public ChromeDriver driver() {
    return driver;
  }

  /** Loads a file and waits for its load event. */
  public void open(Path file) {
    driver.get(file.toAbsolutePath().toUri().toString());
  }

  /**
   * {@return the result of a script run in the page}
   *
   * @param script the body of a function; {@code arguments} holds {@code args}
   * @param args the arguments
   */
  @SuppressWarnings("unchecked")
  public <T> T script(String script, Object... args) {
    return (T) ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** {@return the console messages logged since the last call} */
  public List<LogEntry> consoleMessages() {
    return driver.manage().logs().get(LogType.BROWSER).getAll();
  }

  /** {@return the DevTools performance log (network events) since the last call, one JSON message each} */
  public List<String> networkEvents() {
    return driver.manage().logs().get(LogType.PERFORMANCE).getAll().stream().map(LogEntry::getMessage).toList();
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        // A leftover profile in the temporary directory is harmless.
      }
    }
  }
}
