package org.policynarrative.html.browser;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.json.Json;

/** What the browser tests read from a loaded page, through small scripts. */
public final class PageChecks {

  private static final Json JSON = new Json();

  private PageChecks() {}

  /** {@return the URLs of the requests the page made, from the DevTools network log} */
  @SuppressWarnings("unchecked")
  public static List<String> requestedUrls(Chromium browser) {
    return browser.networkEvents().stream().map(m -> (Map<String, Object>) JSON.toType(m, Map.class))
        .map(m -> (Map<String, Object>) m.get("message"))
        .filter(m -> "Network.requestWillBeSent".equals(m.get("method")))
        .map(m -> (Map<String, Object>) ((Map<String, Object>) m.get("params")).get("request"))
        .map(r -> (String) r.get("url")).toList();
  }

  /**
   * Clicks the element that {@code selector} selects, as a reader does: once it has scrolled into
   * view and stopped moving. The claims are laid out only near the window ({@code content-visibility}),
   * so a claim's height may change as it comes into view, and WebDriver's own scroll-then-click
   * could land on its neighbour.
   */
  public static void click(Chromium browser, String selector) {
    browser.driver().executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        const element = document.querySelector(arguments[0]);
        let last = null;
        const settle = () => {
          element.scrollIntoView({block: 'center'});
          const top = Math.round(element.getBoundingClientRect().top);
          if (top === last) { done(); } else { last = top; requestAnimationFrame(() => requestAnimationFrame(settle)); }
        };
        settle();
        """, selector);
    browser.driver().findElement(org.openqa.selenium.By.cssSelector(selector)).click();
  }

  /** {@return true when the element that {@code selector} selects lies within the window, at least in part} */
  public static boolean inView(Chromium browser, String selector) {
    return browser.script("""
        const r = document.querySelector(arguments[0]).getBoundingClientRect();
        return r.bottom > 0 && r.top < window.innerHeight && r.height > 0;
        """, selector);
  }

  /**
   * The highlighted text of each quote: the text of the parts of each {@code mark.quote}, in
   * document order, without the claim links; keyed by the claim's element id.
   */
  public static Map<String, String> highlightedQuotes(Chromium browser) {
    return browser.script("""
        const quotes = {};
        for (const mark of document.querySelectorAll('mark.quote')) {
          const copy = mark.cloneNode(true);
          copy.querySelectorAll('a.to-claim').forEach(a => a.remove());
          // Nested quotes are parts of this one too: their text counts, their links do not.
          const id = mark.dataset.claim;
          quotes[id] = (quotes[id] || '') + (mark.parentElement.closest('mark.quote[data-claim="' + id + '"]') ? '' : copy.textContent);
        }
        return quotes;
        """);
  }

  /** {@return the text of the element that {@code selector} selects, without the claim links inside it} */
  public static String textWithoutClaimLinks(Chromium browser, String selector) {
    return browser.script("""
        const copy = document.querySelector(arguments[0]).cloneNode(true);
        copy.querySelectorAll('a.to-claim').forEach(a => a.remove());
        return copy.textContent;
        """, selector);
  }
}
