package org.policynarrative.html.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.interactions.Actions;
import org.policynarrative.core.Claim;
import org.policynarrative.core.Narrative;
import org.policynarrative.html.ReferenceReport;

/**
 * The report of the reference narrative, with its source text, in headless Chromium: it loads
 * without a console message or a request, every anchor is highlighted once with its exact quote,
 * claims and quotes link both ways, and axe-core finds no serious or critical violation.
 */
class ReferencePageBrowserTest {

  private static Chromium browser;
  private static Path page;
  private static Narrative narrative;

  @BeforeAll
  static void start() {
    narrative = ReferenceReport.narrative();
    page = ReferenceReport.write();
    browser = Chromium.start();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  @BeforeEach
  void load() {
    browser.consoleMessages();
    browser.networkEvents();
    browser.open(page);
  }

  @Test
  void loadsWithNoConsoleMessageAndNoRequestBeyondThePageItself() {
    assertThat(browser.consoleMessages()).filteredOn(e -> e.getLevel().intValue() >= Level.INFO.intValue())
        .as("console messages").isEmpty();
    assertThat(PageChecks.requestedUrls(browser)).as("requests").containsOnly(page.toUri().toString());
    List<String> resources = browser.script("return performance.getEntriesByType('resource').map(e => e.name)");
    assertThat(resources).as("resources the page loaded").isEmpty();
    long scripts = browser.script("return document.scripts.length");
    assertThat(scripts).as("script elements").isZero();
  }

  @Test
  void theContentSecurityPolicyAllowsTheStylesheetAndForbidsLoading() {
    String border = browser.script("return getComputedStyle(document.querySelector('article.claim')).borderTopStyle");
    assertThat(border).as("the inline stylesheet applies (its hash is in the policy)").isEqualTo("solid");
    String violated = browser.driver().executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        document.addEventListener('securitypolicyviolation', e => done(e.violatedDirective));
        const image = document.createElement('img');
        image.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
        document.body.append(image);
        setTimeout(() => done('no violation'), 3000);
        """).toString();
    assertThat(violated).isEqualTo("img-src");
  }

  @Test
  void everyAnchorIsHighlightedOnceWithItsExactQuote() {
    long marked = browser.script("return document.querySelectorAll('mark.quote[id]').length");
    long links = browser.script("return document.querySelectorAll('#source-texts a.to-claim').length");
    assertThat(marked).as("highlighted quotes").isEqualTo(narrative.claims().size()).isEqualTo(links);
    Map<String, String> expected = new LinkedHashMap<>();
    for (Claim claim : narrative.claims()) {
      expected.put("claim-" + claim.id(), claim.anchor().exact());
    }
    assertThat(PageChecks.highlightedQuotes(browser)).isEqualTo(expected);
    String text = PageChecks.textWithoutClaimLinks(browser, ".source-text");
    assertThat(text).as("the source text, whole").isEqualTo(ReferenceReport.text().text());
    long uncovered = browser.script("return document.querySelectorAll('.uncovered').length");
    assertThat(uncovered).as("the reference data set quotes every sentence").isZero();
  }

  @Test
  void clickingAClaimBringsItsQuoteIntoViewAndBack() {
    List<Claim> claims = narrative.claims();
    for (String id : List.of(claims.get(claims.size() - 1).id(), claims.get(claims.size() / 2).id(), claims.get(0).id())) {
      browser.script("window.scrollTo(0, 0)");
      PageChecks.click(browser, "#claim-" + id + " a.to-quote");
      assertThat(PageChecks.inView(browser, "#span-" + id)).as("quote of %s in view", id).isTrue();
      assertThat(PageChecks.inView(browser, "#claim-" + id)).as("claim %s out of view", id).isFalse();
      String outline = browser.script("return getComputedStyle(document.querySelector(':target')).outlineStyle");
      assertThat(outline).as("the quote is outlined").isEqualTo("solid");

      PageChecks.click(browser, "mark[data-claim='claim-" + id + "'] > a.to-claim");
      assertThat(PageChecks.inView(browser, "#claim-" + id)).as("claim %s back in view", id).isTrue();
      assertThat(browser.driver().getCurrentUrl()).endsWith("#claim-" + id);
    }
  }

  @Test
  void keyboardFocusIsVisible() {
    new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
    assertThat((String) browser.script("return document.activeElement.className")).isEqualTo("skip");
    assertThat(PageChecks.inView(browser, ".skip")).as("the skip link shows when focused").isTrue();
    new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
    Map<String, Object> style = browser.script("""
        const s = getComputedStyle(document.activeElement);
        return {tag: document.activeElement.tagName, outline: s.outlineStyle, width: s.outlineWidth};
        """);
    assertThat(style).containsEntry("tag", "A").containsEntry("outline", "solid").containsEntry("width", "3px");
  }

  @Test
  void thePrintStylesheetDropsTheNavigationAndTheColours() {
    browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      assertThat((String) browser.script("return getComputedStyle(document.querySelector('nav')).display"))
          .isEqualTo("none");
      assertThat((String) browser.script("return getComputedStyle(document.querySelector('mark.quote')).backgroundColor"))
          .isEqualTo("rgba(0, 0, 0, 0)");
    } finally {
      browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
  }

  @Test
  void axeFindsNoSeriousOrCriticalViolation() throws Exception {
    List<Map<String, Object>> violations = Axe.violations(browser);
    System.out.println("axe-core " + Axe.VERSION + " violations of any impact: " + violations);
    assertThat(violations).filteredOn(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
        .as("serious and critical accessibility violations").isEmpty();
  }

  /**
   * Keeps a picture of the report in {@code target/reports}; with {@code -Ddocs.screenshot=true},
   * also in {@code docs/}, where the README shows it.
   */
  @Test
  void screenshot() throws Exception {
    Path shot = page.resolveSibling("reference.png");
    Files.write(shot, browser.driver().getScreenshotAs(OutputType.BYTES));
    assertThat(Files.size(shot)).isPositive();
    if (Boolean.getBoolean("docs.screenshot")) {
      org.openqa.selenium.Dimension window = browser.driver().manage().window().getSize();
      try {
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1900));
        browser.script("window.scrollTo(0, 0)");
        Files.write(Path.of("../docs/html-report.png"), browser.driver().getScreenshotAs(OutputType.BYTES));
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        String id = narrative.claim("mallima-golden-age").orElse(narrative.claims().get(20)).id();
        PageChecks.click(browser, "#claim-" + id + " a.to-quote");
        browser.script("document.querySelector('#span-" + id + "').scrollIntoView({block: 'center'})");
        Files.write(Path.of("../docs/html-report-source-text.png"), browser.driver().getScreenshotAs(OutputType.BYTES));
      } finally {
        browser.driver().manage().window().setSize(window);
      }
    }
  }
}
