package org.policynarrative.html.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policynarrative.core.NarrativeValidator;
import org.policynarrative.html.LargeNarratives;
import org.policynarrative.html.NarrativeHtml;

/**
 * A 10,000-claim report with its 100 source texts stays usable in Chromium: it loads, every quote
 * is highlighted, and a claim's link still jumps to its quote. The times are printed (and kept in
 * {@code target/reports/large-page.txt}); the bound only catches a page that has become unusable.
 */
class LargePageBrowserTest {

  static final int CLAIMS = 10_000;

  @Test
  void aTenThousandClaimPageLoadsAndItsLinksWork() throws Exception {
    LargeNarratives.WithTexts large = LargeNarratives.of(CLAIMS);
    assertThat(NarrativeValidator.validate(large.narrative(), large.texts()).problems()).isEmpty();
    Path page = Path.of("target/reports/large.html").toAbsolutePath();
    long writeStart = System.nanoTime();
    NarrativeHtml.create().withSourceTexts(large.texts()).write(large.narrative(), page);
    long writeMillis = (System.nanoTime() - writeStart) / 1_000_000;
    try (Chromium browser = Chromium.start()) {
      long start = System.nanoTime();
      browser.open(page);
      long openMillis = (System.nanoTime() - start) / 1_000_000;
      Map<String, Object> timing = browser.script("""
          const n = performance.getEntriesByType('navigation')[0];
          const paint = performance.getEntriesByName('first-contentful-paint')[0];
          return {domContentLoaded: Math.round(n.domContentLoadedEventEnd), load: Math.round(n.loadEventEnd),
              firstContentfulPaint: paint ? Math.round(paint.startTime) : -1,
              quotes: document.querySelectorAll('mark.quote[id]').length,
              claims: document.querySelectorAll('article.claim').length};
          """);
      assertThat(timing).containsEntry("quotes", (long) CLAIMS).containsEntry("claims", (long) CLAIMS);

      long clickStart = System.nanoTime();
      PageChecks.click(browser, "#claim-claim-9999 a.to-quote");
      boolean inView = PageChecks.inView(browser, "#span-claim-9999");
      long clickMillis = (System.nanoTime() - clickStart) / 1_000_000;
      assertThat(inView).isTrue();

      String report = String.format("10,000-claim page with 100 source texts: %.1f MB, written in %d ms;"
              + " Chromium: first contentful paint %s ms, DOMContentLoaded %s ms, load %s ms (driver.get %d ms);"
              + " a claim's link to its quote, clicked and in view, %d ms%n",
          Files.size(page) / 1e6, writeMillis, timing.get("firstContentfulPaint"), timing.get("domContentLoaded"),
          timing.get("load"), openMillis, clickMillis);
      System.out.print(report);
      Files.writeString(page.resolveSibling("large-page.txt"), report);
      assertThat(((Number) timing.get("load")).longValue()).as("load time, ms").isLessThan(60_000);
    }
  }
}
