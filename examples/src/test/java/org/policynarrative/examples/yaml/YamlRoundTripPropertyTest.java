package org.policynarrative.examples.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.policynarrative.core.HistoricalDate;
import org.policynarrative.core.Narrative;
import org.policynarrative.testing.NarrativeArbitraries;

/**
 * The YAML adapter loses nothing: every valid narrative the shared arbitraries make (with free
 * text from a hostile alphabet: YAML and JSON syntax, control characters, line separators, byte
 * order marks, right-to-left text, ...) reads back equal to what was written. The arbitraries
 * generate every feature of model v2 (actors, events, figures with decimals of any scale and
 * exponent, claim relations, other anchors, declared codes, in-force periods, amendments, labels,
 * identifiers, encoder's notes), so this is also the test that model v2 survives YAML.
 */
class YamlRoundTripPropertyTest {

  private static final YamlNarrativeFormat YAML = new YamlNarrativeFormat();

  @Property(tries = 1000)
  void everyValidNarrativeRoundTrips(@ForAll("narratives") Narrative narrative) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    YAML.write(narrative, out);
    Narrative back = YAML.read(new ByteArrayInputStream(out.toByteArray()));
    assertThat(back).isEqualTo(narrative);
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    YAML.write(back, again);
    assertThat(again.toByteArray()).isEqualTo(out.toByteArray());
  }

  @Property(tries = 300)
  void everyDateRoundTrips(@ForAll("dates") HistoricalDate date) throws IOException {
    Narrative narrative = Narrative.builder().id("dates").title("Dates").language("en").version("1")
        .addEras(org.policynarrative.core.Era.builder().id("e").name("E")
            .period(org.policynarrative.core.Period.of(date)).build())
        .build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    YAML.write(narrative, out);
    assertThat(YAML.read(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(narrative);
  }

  @Provide
  Arbitrary<Narrative> narratives() {
    return NarrativeArbitraries.narratives();
  }

  @Provide
  Arbitrary<HistoricalDate> dates() {
    return NarrativeArbitraries.historicalDates();
  }
}
