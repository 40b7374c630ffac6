package org.policynarrative.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.policynarrative.core.Narrative;
import org.policynarrative.testing.NarrativeArbitraries;
import tools.jackson.databind.json.JsonMapper;

/**
 * For arbitrary valid narratives (the shared generator of core's test-jar: hostile text, every
 * kind of date, references that resolve): value to JSON to an equal value, and JSON to value to
 * identical bytes; through the facade (with the validator on), JSON Lines and the Jackson module
 * on a plain mapper.
 */
class JsonRoundTripPropertyTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new NarrativeJacksonModule()).build();

  @Provide
  Arbitrary<Narrative> narratives() {
    return NarrativeArbitraries.narratives();
  }

  @Provide
  Arbitrary<List<Narrative>> corpora() {
    return NarrativeArbitraries.narratives().list().ofMinSize(1).ofMaxSize(3);
  }

  @Property(tries = 1000)
  void canonicalJsonRoundTrips(@ForAll("narratives") Narrative narrative) {
    String json = NarrativeJson.create().toJson(narrative);

    Narrative read = NarrativeJson.create().validatingOnRead().fromJson(json);

    assertThat(read).isEqualTo(narrative);
    assertThat(NarrativeJson.create().toJson(read)).isEqualTo(json);
  }

  // 1,000 corpora of one to three narratives: at least 1,000 generated narratives through JSON Lines.
  @Property(tries = 1000)
  void jsonLinesRoundTrip(@ForAll("corpora") List<Narrative> narratives) throws IOException {
    StringWriter out = new StringWriter();
    NarrativeJson.create().writeLines(narratives.stream(), out);

    List<Narrative> read = NarrativeJson.create().readLines(new StringReader(out.toString()))
        .collect(Collectors.toList());

    assertThat(out.toString().lines()).hasSize(narratives.size());
    assertThat(read).isEqualTo(narratives);
    StringWriter again = new StringWriter();
    NarrativeJson.create().writeLines(read.stream(), again);
    assertThat(again.toString()).isEqualTo(out.toString());
  }

  @Property(tries = 100)
  void theModuleOnAPlainMapperRoundTrips(@ForAll("narratives") Narrative narrative) {
    String json = MAPPER.writeValueAsString(narrative);

    Narrative read = MAPPER.readValue(json, Narrative.class);

    assertThat(read).isEqualTo(narrative);
    assertThat(MAPPER.writeValueAsString(read)).isEqualTo(json);
  }
}
