package org.policynarrative.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policynarrative.core.EntityKind;
import org.policynarrative.core.EntityRef;
import tools.jackson.databind.json.JsonMapper;

/** A reference is written from a reused character buffer, or from its string when too long for it: the same text. */
class EntityRefWriteTest {

  private final JsonMapper mapper = JsonMapper.builder().addModule(new NarrativeJacksonModule()).build();

  @ParameterizedTest
  @ValueSource(ints = {1, 200, 242, 243, 244, 300, 5000})
  void aReferenceIsWrittenAsKindColonId(int idLength) {
    for (EntityKind kind : EntityKind.values()) {
      EntityRef ref = EntityRef.of(kind, "a".repeat(idLength - 1) + "9");

      assertThat(mapper.writeValueAsString(ref)).isEqualTo("\"" + ref + "\"");
      assertThat(mapper.readValue(mapper.writeValueAsString(ref), EntityRef.class)).isEqualTo(ref);
    }
  }
}
