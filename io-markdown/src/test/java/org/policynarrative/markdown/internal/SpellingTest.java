package org.policynarrative.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The "did you mean" of unknown fields: edit distances by hand, and what is near enough to suggest. */
class SpellingTest {

  @Test
  void distancesAreLevenshteinIgnoringCase() {
    assertThat(Spelling.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(Spelling.distance("Asserted By", "Asserted by")).isZero();
    assertThat(Spelling.distance("Paraphase", "Paraphrase")).isEqualTo(1);
    assertThat(Spelling.distance("", "Period")).isEqualTo(6);
  }

  @Test
  void suggestsTheNearestNameOnlyWhenItIsATypo() {
    List<String> keys = List.of("Paraphrase", "Asserted by", "Extracted by", "About", "Period");
    assertThat(Spelling.closest("Asserted By", keys)).hasValue("Asserted by");
    assertThat(Spelling.closest("Peroid", keys)).hasValue("Period");
    assertThat(Spelling.closest("Colour", keys)).isEmpty();
    assertThat(Spelling.closest("x".repeat(100), keys)).isEmpty();
  }
}
