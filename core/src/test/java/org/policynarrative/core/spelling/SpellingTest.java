package org.policynarrative.core.spelling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpellingTest {

  private static final List<String> FIELDS = List.of("id", "name", "summary", "period", "Asserted by");

  @Test
  void aTypoFindsTheWordItMeant() {
    assertThat(Spelling.closest("summry", FIELDS)).contains("summary");
    assertThat(Spelling.closest("Asserted By", FIELDS)).contains("Asserted by");
    assertThat(Spelling.closest("peroid", FIELDS)).contains("period");
    assertThat(Spelling.closest("Paraphase", List.of("Paraphrase", "Period"))).contains("Paraphrase");
  }

  @Test
  void aWordFarFromEveryKnownOneFindsNone() {
    assertThat(Spelling.closest("bogus", FIELDS)).isEmpty();
    assertThat(Spelling.closest("x".repeat(65), List.of("x".repeat(65)))).isEmpty();
  }

  @Test
  void theDistanceIgnoresCaseAndCountsEdits() {
    assertThat(Spelling.distance("Kitten", "sitting")).isEqualTo(3);
    assertThat(Spelling.distance("ABC", "abc")).isZero();
    assertThat(Spelling.distance("", "abc")).isEqualTo(3);
    assertThat(Spelling.distance("nmae", "name")).as("two neighbours swapped").isEqualTo(1);
  }
}
