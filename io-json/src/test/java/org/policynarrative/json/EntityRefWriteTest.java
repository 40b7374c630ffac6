package org.policynarrative.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policynarrative.core.EntityKind;
import org.policynarrative.core.EntityRef;
import org.policynarrative.json.internal.ser.ClaimWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * A reference is written from a reused character buffer of {@link ClaimWriter#REFERENCE_BUFFER_LENGTH}
 * characters, or from its string when its text is longer: the same text either way, also right at
 * the buffer's length and one past it.
 */
class EntityRefWriteTest {

  private static final int BUFFER = ClaimWriter.REFERENCE_BUFFER_LENGTH;

  private final JsonMapper mapper = JsonMapper.builder().addModule(new NarrativeJacksonModule()).build();

  /** For every kind, ids whose {@code kind:id} text is short, one below, at and one past the buffer's length, and long. */
  static Stream<Arguments> references() {
    return Stream.of(EntityKind.values()).flatMap(kind -> {
      int prefix = kind.code().length() + 1;
      return IntStream.of(1, BUFFER - prefix - 1, BUFFER - prefix, BUFFER - prefix + 1, 20 * BUFFER)
          .mapToObj(idLength -> Arguments.of(kind, idLength));
    });
  }

  @ParameterizedTest(name = "{0} with an id of {1}")
  @MethodSource("references")
  void aReferenceIsWrittenAsKindColonId(EntityKind kind, int idLength) {
    EntityRef ref = EntityRef.of(kind, "a".repeat(idLength - 1) + "9");

    assertThat(mapper.writeValueAsString(ref)).isEqualTo("\"" + ref + "\"");
    assertThat(mapper.readValue(mapper.writeValueAsString(ref), EntityRef.class)).isEqualTo(ref);
  }
}
