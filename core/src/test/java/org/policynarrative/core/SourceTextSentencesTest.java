package org.policynarrative.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentences, positions and coverage of a source text, in code points, for any script. */
class SourceTextSentencesTest {

  private static List<String> sentences(String text) {
    return SourceText.of("s", text).sentences().stream().map(TextSpan::text).toList();
  }

  @Test
  void englishSentencesEndAtATerminalFollowedBySpaceWithTheirClosingQuotes() {
    assertThat(sentences("  The plan was fulfilled. \"Ahead of time!\" he said (in 1956.) Output rose"))
        .containsExactly("The plan was fulfilled.", "\"Ahead of time!\"", "he said (in 1956.)", "Output rose");
    assertThat(sentences("Version 1.5 is out.")).containsExactly("Version 1.5 is out.");
  }

  @Test
  void chineseAndJapaneseSentencesNeedNoSpace() {
    assertThat(sentences("第一个五年计划提前完成。工业总产值增长了！「本当か？」はい"))
        .containsExactly("第一个五年计划提前完成。", "工业总产值增长了！", "「本当か？」", "はい");
  }

  @Test
  void otherScriptsAndBlankLinesEndSentences() {
    assertThat(sentences("हमने योजना पूरी की। उत्पादन बढ़ा।")).containsExactly("हमने योजना पूरी की।", "उत्पादन बढ़ा।");
    assertThat(sentences("هل تم؟ نعم.")).containsExactly("هل تم؟", "نعم.");
    assertThat(sentences("A heading\r\n\r\nThe text\r\ngoes on.")).containsExactly("A heading", "The text\r\ngoes on.");
  }

  @Test
  void offsetsCountCodePointsAndPositionsSkipTheByteOrderMark() {
    SourceText text = SourceText.of("s", "\uFEFF\uD840\uDC00 is rare. \uD83D\uDE00 too.\r\nNext line.");

    List<TextSpan> sentences = text.sentences();

    assertThat(sentences).extracting(TextSpan::text).containsExactly("\uD840\uDC00 is rare.", "\uD83D\uDE00 too.",
        "Next line.");
    assertThat(sentences).extracting(TextSpan::start).containsExactly(1, 12, 20);
    assertThat(sentences).extracting(TextSpan::position).containsExactly("1:1", "1:12", "2:1");
    assertThat(text.slice(12, 18)).contains("\uD83D\uDE00 too.");
  }

  @Test
  void linesEndAtLineFeedCarriageReturnOrBoth() {
    SourceText text = SourceText.of("s", "a\rb\nc\r\nd\n\ne");

    assertThat(List.of(0, 2, 4, 7, 9, 10)).extracting(at -> text.span(at, at).position())
        .containsExactly("1:1", "2:1", "3:1", "4:1", "5:1", "6:1");
    assertThat(text.span(6, 6).position()).as("the LF of a CRLF is still on its line").isEqualTo("3:3");
  }

  @Test
  void aSentenceBecomesAnAnchorWithItsContextButNoByteOrderMark() {
    SourceText text = SourceText.of("s", "\uFEFF\uD840\uDC00 is rare. \uD83D\uDE00 too.");
    TextSpan second = text.sentences().get(1);

    Anchor anchor = text.anchorAt(second.start(), second.end());

    assertThat(anchor.exact()).isEqualTo("\uD83D\uDE00 too.");
    assertThat(anchor.start()).contains(12);
    assertThat(anchor.end()).contains(18);
    assertThat(anchor.prefix()).contains("\uD840\uDC00 is rare. ");
    assertThat(anchor.suffix()).isEmpty();
    assertThat(text.anchor("\uD83D\uDE00 too.")).isEqualTo(anchor);
    assertThatThrownBy(() -> text.anchorAt(3, 3)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSpanOutsideTheTextIsRefused() {
    assertThatThrownBy(() -> SourceText.of("s", "abc").span(2, 4)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("offsets 2..4 are not within the 3 code points of source 's'");
  }

  @Test
  void coverageCountsSentencesWhollyQuotedAndTheirCharacters() {
    String text = "\uFEFFThe plan was fulfilled. \uD83D\uDE00 Output rose. Grain fell.";
    SourceText source = SourceText.of("s", text);
    Narrative narrative = Narrative.builder().id("n").title("N").language("en").version("1")
        .addSources(Source.builder().id("s").build())
        .addClaims(TestNarratives.claim("a", Anchor.builder().source("s").exact("The plan was fulfilled.")
            .start(1).end(24).build()).build())
        .addClaims(TestNarratives.claim("b", Anchor.builder().source("s").exact("\uD83D\uDE00 Output").build())
            .build())
        .addClaims(TestNarratives.claim("c", Anchor.builder().source("s").exact("not there").build()).build())
        .addClaims(TestNarratives.claim("d", Anchor.builder().source("s").exact("l").build()).build()) // ambiguous
        .addClaims(TestNarratives.claim("e", Anchor.builder().source("s").exact("l").prefix("Grain fe").build())
            .build()) // placed by its prefix: the first l of "fell."
        .build();

    SourceCoverage coverage = SourceCoverage.of(narrative, source);

    assertThat(coverage.sentences()).hasSize(3);
    assertThat(coverage.uncoveredSentences()).extracting(TextSpan::text)
        .containsExactly("\uD83D\uDE00 Output rose.", "Grain fell.");
    assertThat(coverage.sentenceShare()).isEqualTo(1 / 3.0);
    // Characters: 20 + 12 + 10 that are not white space (nor the byte-order mark); 20 + 7 + 1 of them quoted.
    assertThat(coverage.characters()).isEqualTo(42);
    assertThat(coverage.coveredCharacters()).isEqualTo(28);
    assertThat(coverage.unplacedAnchors()).isEqualTo(2);
  }

  @Test
  void closestMatchFindsATypoAtEitherEndAndNothingForNoise() {
    SourceText text = SourceText.of("s", TestNarratives.SOURCE_TEXT);

    assertThat(text.closestMatch("Xn 1953 the")).map(TextSpan::text).contains("In 1953 the");
    assertThat(text.closestMatch("agriculture simultaneouslx")).map(TextSpan::text)
        .contains("agriculture simultaneously");
    assertThat(text.closestMatch("zzzz qqqq wwww")).isEmpty();
    assertThat(text.closestMatch("abc")).isEmpty();
  }
}
