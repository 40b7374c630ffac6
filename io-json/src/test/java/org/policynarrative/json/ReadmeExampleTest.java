package org.policynarrative.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.policynarrative.core.Narrative;
import org.policynarrative.testing.Fixtures;

/** The complete example of README.md is a valid narrative in canonical form (SchemaTest checks it against the schema). */
class ReadmeExampleTest {

  private static final String MARKER = "<!-- example:";
  private static final String FENCE = "```json\n";

  /** The JSON block that follows the example marker in README.md. */
  static String example() {
    String readme = Fixtures.read(Path.of("README.md"));
    int marker = readme.indexOf(MARKER);
    assertThat(marker).as("README.md has an example marker").isNotNegative();
    int start = readme.indexOf(FENCE, marker) + FENCE.length();
    int end = readme.indexOf("```", start);
    return readme.substring(start, end);
  }

  @Test
  void theExampleIsAValidCanonicalNarrative() {
    String json = example();

    Narrative narrative = NarrativeJson.create().validatingOnRead().fromJson(json);

    assertThat(NarrativeJson.create().toJson(narrative)).isEqualTo(json);
    assertThat(narrative.sources()).isNotEmpty();
    assertThat(narrative.eras()).isNotEmpty();
    assertThat(narrative.sectors()).isNotEmpty();
    assertThat(narrative.policyLines()).isNotEmpty();
    assertThat(narrative.claims()).isNotEmpty();
    assertThat(narrative.actors()).isNotEmpty();
    assertThat(narrative.events()).isNotEmpty();
    assertThat(narrative.vocabulary()).isNotEmpty();
    assertThat(narrative.claims().get(0).figures()).isNotEmpty();
    assertThat(narrative.policyLines().get(0).roles()).isNotEmpty();
  }
}
