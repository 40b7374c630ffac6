package org.policynarrative.html.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.openqa.selenium.NoAlertPresentException;
import org.policynarrative.core.Anchor;
import org.policynarrative.core.Claim;
import org.policynarrative.core.ClaimKind;
import org.policynarrative.core.EntityRef;
import org.policynarrative.core.Era;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.Period;
import org.policynarrative.core.PolicyLine;
import org.policynarrative.core.Sector;
import org.policynarrative.core.Source;
import org.policynarrative.core.SourceText;
import org.policynarrative.html.NarrativeHtml;
import org.policynarrative.testing.NarrativeArbitraries;

/**
 * Every string of a narrative is data, never markup: narratives drawn from the shared hostile
 * alphabet (script and HTML, quotes, {@code javascript:}, bidi controls, U+2028, NUL, surrogate
 * pairs) and a hand-written set of payloads are written as reports with their source texts and
 * loaded in Chromium, which must run no script, hold no element or attribute the data asked for,
 * and show every string as it is, with only the page's documented changes: control characters as
 * control pictures, and CR or CR LF read as LF by the HTML parser.
 */
class HostileDataBrowserTest {

  private static final Path DIR = Path.of("target/reports/hostile").toAbsolutePath();
  private static final AtomicInteger PAGES = new AtomicInteger();
  private static Chromium browser;

  @BeforeContainer
  static void start() throws IOException {
    Files.createDirectories(DIR);
    browser = Chromium.start();
  }

  @AfterContainer
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  @Property(tries = 40, seed = "20261130")
  void generatedNarrativesRunNoScriptAndShowEveryStringAsItIs(@ForAll("narratives") Narrative generated)
      throws IOException {
    Anchored anchored = Anchored.of(generated);
    Path page = write(NarrativeHtml.create().withSourceTexts(anchored.texts()).toHtml(anchored.narrative()));
    browser.open(page);
    assertNothingRan();
    assertShowsItsStrings(anchored);
  }

  @Provide
  Arbitrary<Narrative> narratives() {
    return NarrativeArbitraries.narratives();
  }

  /** The payloads also fail without the Content-Security-Policy, which would otherwise stop a script anyway. */
  @Example
  void handWrittenPayloadsRunNoScriptEvenWithoutTheContentSecurityPolicy() throws IOException {
    Anchored anchored = Anchored.of(payloads());
    String html = NarrativeHtml.create().withSourceTexts(anchored.texts()).toHtml(anchored.narrative());
    String withoutPolicy = html.replaceFirst("<meta http-equiv=\"Content-Security-Policy\" content=\"[^\"]*\">", "");
    assertThat(withoutPolicy).isNotEqualTo(html);
    for (String page : List.of(html, withoutPolicy)) {
      browser.open(write(page));
      assertNothingRan();
      assertShowsItsStrings(anchored);
    }
  }

  private static final List<String> PAYLOADS = List.of(
      "<script>window.__pwned = 'script'</script>",
      "<img src=x onerror=\"window.__pwned = 'img'\">",
      "\"><svg onload=\"window.__pwned = 'attribute'\">",
      "'><script>window.__pwned = 'quote'</script>",
      "</title><script>window.__pwned = 'title'</script>",
      "</style><script>window.__pwned = 'style'</script>",
      "<!-- --><script>window.__pwned = 'comment'</script>",
      "<![CDATA[<script>window.__pwned = 'cdata'</script>]]>",
      "<a href=\"javascript:window.__pwned = 'link'\">x</a>",
      "&lt;script&gt;window.__pwned = 'entity'&lt;/script&gt;",
      "\u2028\u2029</bdi>\u202e</p>\u0000\u001b[31m<iframe srcdoc=\"<script>parent.__pwned = 'frame'</script>\">");

  private static Narrative payloads() {
    String all = String.join(" ", PAYLOADS);
    Narrative.Builder narrative = Narrative.builder().id("hostile").title(PAYLOADS.get(4) + all).language("en")
        .version(PAYLOADS.get(2)).description(all)
        .addSources(Source.builder().id("source").title(PAYLOADS.get(1)).publisher(PAYLOADS.get(3))
            .url("javascript:window.__pwned = 'url'").note(all).build())
        .addEras(Era.builder().id("era").name(PAYLOADS.get(0)).period(Period.parse("201X?/..")).summary(all).build())
        .addSectors(Sector.builder().id("sector").name(PAYLOADS.get(2)).description(all).build())
        .addPolicyLines(PolicyLine.builder().id("line").name(PAYLOADS.get(3)).addEras("era")
            .addPriorities(org.policynarrative.core.SectorPriority.of("sector",
                org.policynarrative.core.PriorityMode.TOP_PRIORITY)).build());
    for (int i = 0; i < PAYLOADS.size(); i++) {
      narrative.addClaims(Claim.builder().id("claim-" + i).kind(ClaimKind.values()[i % ClaimKind.values().length])
          .statement(PAYLOADS.get(i)).assertedBy(PAYLOADS.get((i + 1) % PAYLOADS.size()))
          .addAbout(EntityRef.era("era"), EntityRef.sector("sector"), EntityRef.policyLine("line"))
          .anchor(Anchor.builder().source("source").exact(PAYLOADS.get(i)).build()).build());
    }
    return narrative.build();
  }

  private static Path write(String html) throws IOException {
    Path page = DIR.resolve("page-" + PAGES.incrementAndGet() + ".html");
    Files.writeString(page, html, StandardCharsets.UTF_8);
    return page;
  }

  private static void assertNothingRan() {
    assertThatThrownBy(() -> browser.driver().switchTo().alert()).as("an alert")
        .isInstanceOf(NoAlertPresentException.class);
    Map<String, Object> found = browser.script("""
        return {
          pwned: window.__pwned === undefined ? 'no' : String(window.__pwned),
          active: [...document.querySelectorAll('script, iframe, object, embed, img, form, input, base, link, '
              + 'meta[http-equiv="refresh"]')].map(e => e.tagName),
          handlers: [...document.querySelectorAll('*')].flatMap(e => [...e.attributes]
              .filter(a => a.name.startsWith('on')).map(a => e.tagName + '@' + a.name)),
          hrefs: [...document.querySelectorAll('[href]')].map(e => e.getAttribute('href'))
              .filter(h => !(h.startsWith('#') || /^https?:\\/\\//i.test(h))),
          overflow: document.documentElement.scrollWidth - window.innerWidth,
          reordered: [...document.querySelectorAll('dl.facts > div')].filter(d =>
              d.querySelector('dt').getBoundingClientRect().left > d.querySelector('dd').getBoundingClientRect().left)
              .map(d => d.textContent)
        };
        """);
    assertThat(found).containsEntry("pwned", "no").containsEntry("active", List.of())
        .containsEntry("handlers", List.of()).containsEntry("hrefs", List.of()).containsEntry("reordered", List.of());
    assertThat(((Number) found.get("overflow")).longValue()).as("horizontal overflow").isLessThanOrEqualTo(0);
  }

  private static void assertShowsItsStrings(Anchored anchored) {
    Narrative narrative = anchored.narrative();
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("h1", narrative.title());
    for (Source source : narrative.sources()) {
      expected.put("#source-" + source.id() + " h3", source.title().orElse(source.id()));
    }
    for (Era era : narrative.eras()) {
      expected.put("#era-" + era.id() + " th", era.name());
    }
    for (PolicyLine line : narrative.policyLines()) {
      expected.put("#line-" + line.id() + " th", line.name());
    }
    for (Sector sector : narrative.sectors()) {
      expected.put("#sector-" + sector.id() + " th", sector.name());
    }
    for (Claim claim : narrative.claims()) {
      expected.put("#claim-" + claim.id() + " .statement", claim.statement().orElse("(draft: no statement yet)"));
      expected.put("#claim-" + claim.id() + " blockquote", claim.anchor().exact());
      expected.put("#claim-" + claim.id() + " dd bdi", claim.assertedBy().orElse("(not yet recorded)"));
    }
    expected.replaceAll((selector, text) -> shown(text));
    Map<String, String> actual = browser.script("""
        const texts = {};
        for (const selector of arguments[0]) {
          const element = document.querySelector(selector);
          texts[selector] = element === null ? null : element.textContent;
        }
        return texts;
        """, new ArrayList<>(expected.keySet()));
    assertThat(actual).isEqualTo(expected);
    for (SourceText text : anchored.texts()) {
      assertThat(PageChecks.textWithoutClaimLinks(browser, "#text-" + text.sourceId() + " .source-text"))
          .as("source text %s", text.sourceId()).isEqualTo(shown(text.text()));
    }
    long quotes = browser.script("return document.querySelectorAll('mark.quote[id]').length");
    assertThat(quotes).as("every anchor highlighted").isEqualTo(narrative.claims().size());
  }

  /**
   * What the DOM holds for a string, by the page's documented rule: each C0 control but tab, LF and
   * CR, and DEL, is its control picture; then the HTML parser reads CR LF and CR as LF.
   */
  static String shown(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      out.append(c == 0x7f ? '\u2421' : c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? (char) (0x2400 + c) : c);
    }
    return out.toString().replace("\r\n", "\n").replace('\r', '\n');
  }

  /**
   * A narrative whose anchors all stand in texts made for them: each source's text holds one
   * unquoted hostile sentence, then each quote of the source in turn, and every anchor gets the
   * offsets of its quote (and loses its context, which the text does not hold).
   */
  record Anchored(Narrative narrative, List<SourceText> texts) {

    static Anchored of(Narrative narrative) {
      Map<String, StringBuilder> texts = new LinkedHashMap<>();
      Map<String, Integer> lengths = new LinkedHashMap<>();
      for (Source source : narrative.sources()) {
        String start = "Unquoted <script>window.__pwned = 'text'</script>. \u202e\u0000\r\n";
        texts.putIfAbsent(source.id(), new StringBuilder(start));
        lengths.putIfAbsent(source.id(), start.codePointCount(0, start.length()));
      }
      List<Claim> claims = new ArrayList<>();
      for (Claim claim : narrative.claims()) {
        Anchor anchor = claim.anchor();
        StringBuilder text = texts.get(anchor.source());
        int start = lengths.get(anchor.source());
        int length = anchor.exact().codePointCount(0, anchor.exact().length());
        text.append(anchor.exact()).append(" | ");
        lengths.put(anchor.source(), start + length + 3);
        claims.add(Claim.builder().from(claim).anchor(Anchor.builder().source(anchor.source()).exact(anchor.exact())
            .start(start).end(start + length).build()).build());
      }
      List<SourceText> sourceTexts = new ArrayList<>();
      texts.forEach((id, text) -> sourceTexts.add(SourceText.of(id, text.toString())));
      return new Anchored(Narrative.builder().from(narrative).claims(claims).build(), sourceTexts);
    }
  }
}
