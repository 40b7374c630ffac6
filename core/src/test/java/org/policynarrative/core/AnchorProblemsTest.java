package org.policynarrative.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Anchor problems teach: they say what is wrong, where in the source text (line:column), and what
 * to do. Offsets that do not span their quote are read, and the validator reports them.
 */
class AnchorProblemsTest {

  private static final String TEXT = "In 1953 the Party set the line of developing heavy industry preferentially\r\n"
      + "while developing light industry and agriculture simultaneously.";

  private static List<Problem> validate(String text, Anchor anchor) {
    Narrative narrative = Narrative.builder().id("n").title("N").language("en").version("1")
        .addSources(Source.builder().id("portal").build()).addClaims(TestNarratives.claim("c0", anchor).build())
        .build();
    return NarrativeValidator.validate(narrative, text == null ? List.of() : List.of(SourceText.of("portal", text)))
        .problems();
  }

  private static Anchor.Builder quote(String exact) {
    return Anchor.builder().source("portal").exact(exact);
  }

  @Test
  void offsetsThatDoNotSpanTheQuoteAreReadAndReportedWithoutTheText() {
    Anchor anchor = quote("heavy industry").start(45).end(50).build(); // the model no longer refuses it

    List<Problem> problems = validate(null, anchor);

    assertThat(problems).extracting(Problem::path, Problem::code)
        .containsExactly(tuple("claims[0].anchor.end", ProblemCode.OFFSETS_MISMATCH));
    assertThat(problems.get(0).message()).isEqualTo("offsets 45..50 do not span the quote: they span 5 code points,"
        + " the quote has 14; run 'policy-narrative anchor FILE -t portal=TEXT' to recompute them from the source text");
  }

  @Test
  void offsetsThatStartAtTheQuoteButEndElsewhereSayWhereItEnds() {
    List<Problem> problems = validate(TEXT, quote("heavy industry").start(45).end(50).build());

    assertThat(problems).extracting(Problem::path, Problem::code)
        .containsExactly(tuple("claims[0].anchor.end", ProblemCode.OFFSETS_MISMATCH));
    assertThat(problems.get(0).message()).isEqualTo("offsets 45..50 do not span the quote, which stands at 45..59"
        + " (1:46); run 'policy-narrative anchor' to refresh the offsets");
  }

  @Test
  void aTypoNamesTheClosestMatchAndItsLineAndColumn() {
    List<Problem> problems = validate(TEXT, quote("developing lihgt industry").build());

    assertThat(problems).extracting(Problem::path, Problem::code)
        .containsExactly(tuple("claims[0].anchor.exact", ProblemCode.QUOTE_NOT_FOUND));
    // Line 2: CRLF ends line 1; column 7, counted in code points.
    assertThat(problems.get(0).message()).isEqualTo("quote not found in source 'portal': \"developing lihgt industry\";"
        + " the closest match is at 2:7: \"developing light industry\"");
  }

  @Test
  void aQuoteFarFromAnyTextSaysSo() {
    List<Problem> problems = validate(TEXT, quote("the seven-year plan was fulfilled").build());

    assertThat(problems.get(0).message()).isEqualTo("quote not found in source 'portal': \"the seven-year plan was"
        + " fulfilled\"; no part of the text is close to it");
  }

  @Test
  void aTypoPastCharactersOutsideTheBasicPlaneIsPlacedInCodePoints() {
    // U+20000 (CJK extension B) and an emoji are two UTF-16 units each, one code point each; a byte-order mark
    // takes no column.
    String text = "\uFEFF\uD840\uDC00\uD83D\uDE00 중공업을 우선적으로 발전시키면서\n경공업과 농업을 동시에 발전시킨다.";

    List<Problem> problems = validate(text, quote("경공업과 농업울 동시에").build());

    assertThat(problems.get(0).message()).isEqualTo("quote not found in source 'portal': \"경공업과 농업울 동시에\";"
        + " the closest match is at 2:1: \"경공업과 농업을 동시에\"");
    problems = validate(text, quote("중공업울 우선적으로").build());
    assertThat(problems.get(0).message()).endsWith("the closest match is at 1:4: \"중공업을 우선적으로\"");
  }

  @Test
  void aQuoteInAnotherUnicodeNormalisationIsReportedNeverMatched() {
    String nfc = "중공업을 우선적으로 발전시키면서 경공업과 농업을 동시에 발전시킨다.";
    String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);

    List<Problem> problems = validate(nfd, quote("경공업과 농업을").build());

    assertThat(problems).extracting(Problem::code).containsExactly(ProblemCode.QUOTE_NOT_FOUND);
    // Column 43: the NFD text spells each syllable with two or three code points (jamo).
    assertThat(problems.get(0).message()).isEqualTo("quote not found in source 'portal': \"경공업과 농업을\"; it occurs"
        + " only in another Unicode normalisation (NFC/NFD), at 1:43: copy the quote from the source text, or"
        + " normalise the two alike");
  }

  @Test
  void aPrefixThatDiffersIsShownBesideTheTextFound() {
    List<Problem> problems = validate(TEXT, quote("heavy industry").prefix("of building").start(45).end(59).build());

    assertThat(problems).extracting(Problem::path, Problem::code)
        .containsExactly(tuple("claims[0].anchor.prefix", ProblemCode.CONTEXT_MISMATCH));
    assertThat(problems.get(0).message()).isEqualTo("the prefix does not match the text before the quote at 45 (1:46):"
        + " expected \"of building\", found \"developing \"; run 'policy-narrative anchor' to refresh it");
  }

  @Test
  void aSuffixThatDiffersWithoutOffsetsIsComparedWhereTheQuoteStands() {
    List<Problem> problems = validate(TEXT, quote("heavy industry").suffix(" first").build());

    assertThat(problems.get(0).message()).isEqualTo("the suffix does not match the text after the quote at 45 (1:46):"
        + " expected \" first\", found \" prefe\"; run 'policy-narrative anchor' to refresh it");
  }

  @Test
  void bothDifferingAreBothShownWithLineBreaksVisible() {
    List<Problem> problems = validate(TEXT, quote("preferentially").prefix("heavy ").suffix(" and").build());

    assertThat(problems.get(0).message()).isEqualTo("the prefix and the suffix do not match the text around the quote"
        + " at 60 (1:61): prefix expected \"heavy \", found \"ustry \"; suffix expected \" and\", found \"\\r\\nwh\";"
        + " run 'policy-narrative anchor' to refresh it");
  }
}
