package org.policynarrative.html.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policynarrative.core.Anchor;
import org.policynarrative.core.Claim;
import org.policynarrative.core.ClaimKind;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.Source;
import org.policynarrative.core.SourceText;
import org.policynarrative.html.NarrativeHtml;

/**
 * A source text whose anchors are placed, cross each other, or cannot be placed, and whose
 * sentences are quoted in full, in part or not at all: the page highlights exactly the placed
 * quotes, flags the others with their reason, and marks the sentences no claim quotes in full.
 */
class SourceTextBrowserTest {

  static final String TEXT = "The first sentence is quoted whole. The second sentence is quoted in two crossing"
      + " parts. The third sentence is quoted only in part. The fourth is not quoted at all; the fifth repeats"
      + " it. The end";

  private static Chromium browser;
  private static Narrative narrative;

  @BeforeAll
  static void start() throws IOException {
    SourceText text = SourceText.of("text", TEXT);
    narrative = Narrative.builder().id("crossing").title("Anchors of every kind").language("en").version("1")
        .addSources(Source.builder().id("text").sha256(text.sha256()).build())
        .addClaims(
            claim("whole", text.anchor("The first sentence is quoted whole.")),
            claim("crossing-a", unplaced("The second sentence is quoted in two")),
            claim("crossing-b", text.anchor("quoted in two crossing parts.")),
            claim("part", text.anchor("The third sentence")),
            claim("orphaned", unplaced("This sentence is in no text.")),
            claim("ambiguous", unplaced("quoted ")),
            claim("moved", Anchor.builder().source("text").exact("The end").start(3).end(10).build()))
        .build();
    Path page = Path.of("target/reports/source-text.html").toAbsolutePath();
    Files.createDirectories(page.getParent());
    Files.writeString(page, NarrativeHtml.create().withSourceTexts(List.of(text)).toHtml(narrative),
        StandardCharsets.UTF_8);
    browser = Chromium.start();
    browser.open(page);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  private static Claim claim(String id, Anchor anchor) {
    return Claim.builder().id(id).kind(ClaimKind.CHARACTERISATION).statement("Claim " + id).assertedBy("a test")
        .anchor(anchor).build();
  }

  private static Anchor unplaced(String quote) {
    return Anchor.builder().source("text").exact(quote).build();
  }

  @Test
  void onlyThePlacedQuotesAreHighlightedEachWithItsWords() {
    assertThat(PageChecks.highlightedQuotes(browser)).isEqualTo(Map.of(
        "claim-whole", "The first sentence is quoted whole.",
        "claim-crossing-a", "The second sentence is quoted in two",
        "claim-crossing-b", "quoted in two crossing parts.",
        "claim-part", "The third sentence"));
    long first = browser.script("return document.querySelectorAll('mark.quote[id]').length");
    long parts = browser.script("return document.querySelectorAll('mark.quote').length");
    assertThat(first).as("one element with an id per placed quote").isEqualTo(4);
    assertThat(parts).as("the crossing quote is cut in two parts").isEqualTo(5);
    assertThat(PageChecks.textWithoutClaimLinks(browser, ".source-text")).isEqualTo(TEXT);
  }

  @Test
  void anchorsThatCannotBePlacedAreFlaggedWithTheirReasonNotGuessed() {
    List<String> flagged = browser.script(
        "return [...document.querySelectorAll('ul.flagged li')].map(li => li.textContent)");
    assertThat(flagged).hasSize(3);
    assertThat(flagged.get(0)).contains("C5", "orphaned", "the quote does not occur in the text");
    assertThat(flagged.get(1)).contains("C6", "ambiguous", "occurs 4 times");
    assertThat(flagged.get(2)).contains("C7", "orphaned", "offsets 3..10 do not select the quote",
        "which occurs at " + TEXT.indexOf("The end"));
    for (String id : List.of("orphaned", "ambiguous", "moved")) {
      long links = browser.script("return document.querySelectorAll('#claim-" + id + " a.to-quote').length");
      assertThat(links).as("no link from %s to a quote", id).isZero();
    }
    assertThat((String) browser.script("return document.querySelector('#claim-ambiguous .anchor').textContent"))
        .startsWith("\u26a0 Ambiguous anchor: the quote occurs 4 times");
    assertThat((String) browser.script("return document.querySelector('#claim-orphaned .anchor').className"))
        .isEqualTo("anchor anchor-orphaned");
  }

  @Test
  void sentencesNoClaimQuotesInFullAreMarkedByMoreThanColour() {
    List<String> uncovered = browser.script("""
        const texts = [];
        for (const first of document.querySelectorAll('.uncovered.first')) {
          const copy = first.cloneNode(true);
          copy.querySelectorAll('a.to-claim').forEach(a => a.remove());
          texts.push(copy.textContent);
        }
        return texts;
        """);
    assertThat(uncovered).containsExactly("The third sentence is quoted only in part.",
        "The fourth is not quoted at all; the fifth repeats it.", "The end");
    Map<String, String> look = browser.script("""
        const first = document.querySelector('.uncovered.first');
        return {marker: getComputedStyle(first, '::before').content, line: getComputedStyle(first).textDecorationStyle};
        """);
    assertThat(look.get("marker")).contains("\u2691");
    assertThat(look.get("line")).isEqualTo("dotted");
    assertThat((String) browser.script("return document.querySelector('.coverage').textContent"))
        .contains("4 quotes highlighted", "5 sentences, of which 3 are not quoted in full", "3 anchors could not");
  }
}
