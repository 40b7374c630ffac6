package org.policynarrative.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * An anchor with offsets is judged as if the whole text were searched for its quote: not found,
 * found elsewhere (offsets mismatch) or found there. The validator compares the quote with the
 * text at the offsets first and searches only when they differ; this checks that shortcut against
 * a brute-force search, over tiny alphabets where quotes repeat and overlap, with a character
 * outside the Basic Multilingual Plane so code points and chars differ.
 */
class AnchorOffsetsPropertyTest {

  @Property(tries = 2000)
  void offsetsAreJudgedAsBySearchingTheWholeText(@ForAll("text") String text, @ForAll("quote") String quote,
      @ForAll @IntRange(min = 0, max = 14) int start) {
    int length = quote.codePointCount(0, quote.length());
    Claim claim = TestNarratives.claim("c", Anchor.builder().source("portal").exact(quote)
        .start(start).end(start + length).build()).build();
    Narrative narrative = Narrative.builder().id("n").title("N").language("en").version("1")
        .addSources(Source.builder().id("portal").build()).addClaims(claim).build();

    List<ProblemCode> codes = NarrativeValidator.validate(narrative, List.of(SourceText.of("portal", text)))
        .problems().stream().map(Problem::code).toList();

    List<Integer> found = occurrences(text, quote);
    List<ProblemCode> expected = found.isEmpty() ? List.of(ProblemCode.QUOTE_NOT_FOUND)
        : found.contains(start) ? List.of() : List.of(ProblemCode.OFFSETS_MISMATCH);
    assertThat(codes).isEqualTo(expected);
  }

  /** Every code-point offset at which {@code quote} starts in {@code text}, overlapping ones too. */
  private static List<Integer> occurrences(String text, String quote) {
    int[] t = text.codePoints().toArray();
    int[] q = quote.codePoints().toArray();
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i + q.length <= t.length; i++) {
      int j = 0;
      while (j < q.length && t[i + j] == q[j]) {
        j++;
      }
      if (j == q.length) {
        at.add(i);
      }
    }
    return at;
  }

  @Provide
  Arbitrary<String> text() {
    return Arbitraries.of("a", "b", "\uD83D\uDE00").list().ofMinSize(1).ofMaxSize(12).map(s -> String.join("", s));
  }

  @Provide
  Arbitrary<String> quote() {
    return Arbitraries.of("a", "b", "\uD83D\uDE00").list().ofMinSize(1).ofMaxSize(3).map(s -> String.join("", s));
  }
}
