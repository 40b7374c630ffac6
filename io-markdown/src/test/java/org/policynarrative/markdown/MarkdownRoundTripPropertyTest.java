package org.policynarrative.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.policynarrative.core.Anchor;
import org.policynarrative.core.Claim;
import org.policynarrative.core.ClaimKind;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.NarrativeValidator;
import org.policynarrative.core.ProblemCode;
import org.policynarrative.core.Source;
import org.policynarrative.testing.NarrativeArbitraries;

/**
 * Writing then reading gives an equal narrative, and writing again gives identical bytes: over
 * core's shared {@link NarrativeArbitraries}, and over this module's own generator, which adds
 * pieces of this dialect's syntax, unpaired surrogates and data-set orders that only the
 * {@code Position} fields can keep.
 */
class MarkdownRoundTripPropertyTest {

  @Property(tries = 1000)
  void roundTripIsLosslessAndStable(@ForAll("sharedNarratives") Narrative narrative) throws IOException {
    assertRoundTrip(narrative);
  }

  @Property(tries = 300)
  void roundTripIsLosslessAndStableForDialectSyntax(@ForAll("dialectNarratives") Narrative narrative)
      throws IOException {
    assertRoundTrip(narrative);
  }

  /**
   * The dialect's own generator makes what it promises: narratives whose only problems are the
   * policy lines adopted outside their eras it adds on purpose, with model v2's features in them.
   */
  @Property(tries = 200)
  void dialectNarrativesAreValidButForLinesOutsideTheirEras(@ForAll("dialectNarratives") Narrative narrative) {
    assertThat(NarrativeValidator.validate(narrative).problems())
        .allMatch(problem -> problem.code() == ProblemCode.LINE_OUTSIDE_ERA);
    Statistics.label("actors").collect(!narrative.actors().isEmpty());
    Statistics.label("figures").collect(narrative.claims().stream().anyMatch(c -> !c.figures().isEmpty()));
    Statistics.label("declared codes").collect(!narrative.vocabulary().isEmpty());
    Statistics.label("actors").coverage(c -> c.check(true).percentage(p -> p > 30));
    Statistics.label("figures").coverage(c -> c.check(true).percentage(p -> p > 30));
    Statistics.label("declared codes").coverage(c -> c.check(true).percentage(p -> p > 30));
  }

  private static void assertRoundTrip(Narrative narrative) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    NarrativeMarkdown.create().write(narrative, out);
    Narrative back = NarrativeMarkdown.create().read(new ByteArrayInputStream(out.toByteArray()));
    assertThat(back).isEqualTo(narrative);
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    NarrativeMarkdown.create().write(back, again);
    assertThat(again.toByteArray()).isEqualTo(out.toByteArray());
  }

  /** Any Java string at all, including unpaired surrogates and U+0000, survives as a value. */
  @Property(tries = 1000)
  void anyStringSurvives(@ForAll("anyString") String text) throws IOException {
    Narrative narrative = Narrative.builder().id("n").title("t").language("en").version("1")
        .addSources(Source.builder().id("s").note("n" + text).build())
        .addClaims(Claim.builder().id("c").statement("x" + text).kind(ClaimKind.OBJECTIVE).assertedBy(text + "y")
            .anchor(Anchor.builder().source("s").exact(text + "q").prefix(text).build()).build())
        .build();
    String written = MarkdownGoldenTest.write(narrative);
    assertThat(NarrativeMarkdown.create().read(new StringReader(written))).isEqualTo(narrative);
  }

  @Provide
  Arbitrary<Narrative> sharedNarratives() {
    return NarrativeArbitraries.narratives();
  }

  @Provide
  Arbitrary<Narrative> dialectNarratives() {
    return DialectNarratives.narratives();
  }

  @Provide
  Arbitrary<String> anyString() {
    return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(40), DialectNarratives.strings(),
        NarrativeArbitraries.hostileStrings());
  }
}
