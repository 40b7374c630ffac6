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
import org.policynarrative.core.Anchor;
import org.policynarrative.core.Claim;
import org.policynarrative.core.ClaimKind;
import org.policynarrative.core.Narrative;
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

  private static void assertRoundTrip(Narrative narrative) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    NarrativeMarkdown.strict().write(narrative, out);
    Narrative back = NarrativeMarkdown.strict().read(new ByteArrayInputStream(out.toByteArray()));
    assertThat(back).isEqualTo(narrative);
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    NarrativeMarkdown.strict().write(back, again);
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
    assertThat(NarrativeMarkdown.strict().read(new StringReader(written))).isEqualTo(narrative);
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
