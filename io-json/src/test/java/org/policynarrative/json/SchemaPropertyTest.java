package org.policynarrative.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.policynarrative.core.Narrative;
import org.policynarrative.testing.NarrativeArbitraries;

/** Whatever the writer produces for an arbitrary valid narrative validates against the module's JSON Schema. */
class SchemaPropertyTest {

  @Provide
  Arbitrary<Narrative> narratives() {
    return NarrativeArbitraries.narratives();
  }

  @Property(tries = 200)
  void writerOutputIsSchemaValid(@ForAll("narratives") Narrative narrative) {
    assertThat(SchemaTest.schema().validate(NarrativeJson.create().toJson(narrative), InputFormat.JSON)).isEmpty();
  }
}
