package org.policynarrative.html.browser;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core, the accessibility engine, run in the page under test. It is installed with
 * {@code npm ci} from the lock file in {@code src/test/axe/} into {@code target/axe/} the first
 * time (as test-support's EdtfOracleComparisonTest installs edtf.js), and injected into the page
 * through WebDriver: the page itself loads no script. Without Node.js and the npm registry the
 * test fails, saying so; the build already needs both.
 */
public final class Axe {

  static final String VERSION = "4.14.1";
  private static final Path SOURCE = Path.of("src/test/axe");
  private static final Path WORK = Path.of("target/axe");

  private Axe() {}

  /** {@return the source of axe.min.js, installed first when it is not} */
  public static String script() throws IOException, InterruptedException {
    Files.createDirectories(WORK);
    for (String file : List.of("package.json", "package-lock.json")) {
      Files.copy(SOURCE.resolve(file), WORK.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    }
    Path installed = WORK.resolve("node_modules/axe-core/package.json");
    if (!Files.exists(installed) || !Files.readString(installed).contains("\"version\": \"" + VERSION + "\"")) {
      npmCi();
    }
    return Files.readString(WORK.resolve("node_modules/axe-core/axe.min.js"), StandardCharsets.UTF_8);
  }

  /**
   * Runs axe in the page the browser shows and returns its violations, each a map with
   * {@code id}, {@code impact}, {@code help} and {@code nodes} (the offending elements' selectors).
   */
  @SuppressWarnings("unchecked")
  public static List<Map<String, Object>> violations(Chromium browser) throws IOException, InterruptedException {
    JavascriptExecutor js = browser.driver();
    js.executeScript(script());
    Object result = js.executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        axe.run(document, {resultTypes: ['violations']})
          .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
              nodes: v.nodes.map(n => n.target.join(' ') + ': ' + n.failureSummary)}))))
          .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));
        """);
    return (List<Map<String, Object>>) result;
  }

  private static void npmCi() throws IOException, InterruptedException {
    List<String> command = List.of(System.getProperty("os.name").startsWith("Windows") ? "npm.cmd" : "npm", "ci",
        "--ignore-scripts", "--no-audit", "--no-fund");
    Path log = WORK.resolve("npm.log");
    Process process;
    try {
      process = new ProcessBuilder(command).directory(WORK.toFile()).redirectErrorStream(true)
          .redirectOutput(log.toFile()).start();
    } catch (IOException e) {
      fail("The accessibility test needs Node.js 18 or later ('npm' on the PATH) to install axe-core " + VERSION
          + " from the npm registry; npm could not be started (" + e.getMessage() + ")");
      return;
    }
    if (!process.waitFor(600, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("npm ci (installing axe-core " + VERSION + ") did not finish within 600 s; its output is in "
          + log.toAbsolutePath());
    }
    if (process.exitValue() != 0) {
      fail("npm ci (installing axe-core " + VERSION + ") failed (exit " + process.exitValue() + "):\n"
          + Files.readString(log));
    }
  }
}
