package org.policynarrative.html.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.policynarrative.testing.node.NodeProject;

/**
 * axe-core, the accessibility engine, run in the page under test. It is installed with
 * {@code npm ci} from the lock file in {@code src/test/axe/} into {@code target/axe/} the first
 * time (by test-support's {@link NodeProject}, as edtf.js and ajv are), and injected into the page
 * through WebDriver: the page itself loads no script. Without Node.js and the npm registry the
 * test fails, saying so; the build already needs both.
 */
public final class Axe {

  static final String VERSION = "4.14.1";
  private static final NodeProject AXE = NodeProject.of(Path.of("src/test/axe"), Path.of("target/axe"),
      "The accessibility test needs Node.js 18 or later ('npm' on the PATH) to install axe-core " + VERSION
          + " from the npm registry");

  private Axe() {}

  /** {@return the source of axe.min.js, installed first when it is not} */
  public static String script() throws IOException, InterruptedException {
    AXE.install(List.of("package.json", "package-lock.json"), "axe-core", VERSION,
        "npm ci (installing axe-core " + VERSION + ")");
    return Files.readString(AXE.work().resolve("node_modules/axe-core/axe.min.js"), StandardCharsets.UTF_8);
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
}
