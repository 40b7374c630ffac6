package org.policynarrative.testing;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.policynarrative.core.Anchor;
import org.policynarrative.core.Assessment;
import org.policynarrative.core.Claim;
import org.policynarrative.core.Era;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.PolicyLine;
import org.policynarrative.core.Sector;
import org.policynarrative.core.SectorPriority;
import org.policynarrative.core.Source;

/**
 * {@code builder().from(value).build()} equals {@code value} for every model type with a builder,
 * over generated values that set every attribute at some point: an attribute that {@code from}
 * forgot would show up as an unequal copy.
 */
class BuilderFromPropertyTest {

  @Property(tries = 200)
  void fromCopiesEveryAttributeOfANarrativeAndItsParts(@ForAll("narratives") Narrative narrative) {
    assertThat(Narrative.builder().from(narrative).build()).isEqualTo(narrative);
    for (Source source : narrative.sources()) {
      assertThat(Source.builder().from(source).build()).isEqualTo(source);
    }
    for (Era era : narrative.eras()) {
      assertThat(Era.builder().from(era).build()).isEqualTo(era);
    }
    for (Sector sector : narrative.sectors()) {
      assertThat(Sector.builder().from(sector).build()).isEqualTo(sector);
    }
    for (PolicyLine line : narrative.policyLines()) {
      assertThat(PolicyLine.builder().from(line).build()).isEqualTo(line);
      for (SectorPriority priority : line.priorities()) {
        assertThat(SectorPriority.builder().from(priority).build()).isEqualTo(priority);
      }
    }
    for (Claim claim : narrative.claims()) {
      assertThat(Claim.builder().from(claim).build()).isEqualTo(claim);
      assertThat(Anchor.builder().from(claim.anchor()).build()).isEqualTo(claim.anchor());
      for (Assessment assessment : claim.assessments()) {
        assertThat(Assessment.builder().from(assessment).build()).isEqualTo(assessment);
      }
    }
  }

  @Provide
  Arbitrary<Narrative> narratives() {
    return NarrativeArbitraries.narratives();
  }
}
