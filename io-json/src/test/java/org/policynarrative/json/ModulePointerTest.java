package org.policynarrative.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policynarrative.core.Claim;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Errors found after a value was read are located by a pointer built only then: it must be the
 * same pointer Jackson gives, also when the model value sits inside a user's own document, where
 * it ends the message of the {@link MismatchedInputException} the user catches.
 */
class ModulePointerTest {

  private static final String GOOD = "{\"id\": \"a\", \"statement\": \"S\", \"kind\": \"objective\", "
      + "\"assertedBy\": \"A\", \"anchor\": {\"source\": \"s\", \"exact\": \"x\"}}";
  private static final String BAD = "{\"id\": \"c\", \"statement\": \"S\", \"kind\": \"objective\", "
      + "\"assertedBy\": \"A\", \"anchor\": {\"source\": \"s\", \"exact\": \"five!\", \"start\": 9, \"end\": 4}}";

  private final JsonMapper mapper = JsonMapper.builder().addModule(new NarrativeJacksonModule()).build();

  @Test
  void anInvariantInAClaimOfAUsersListIsLocatedAtItsField() {
    String json = "{\"a/b~c\": [" + GOOD + ", " + BAD + "]}";

    MismatchedInputException e = catchThrowableOfType(MismatchedInputException.class,
        () -> mapper.readValue(json, new TypeReference<Map<String, List<Claim>>>() {}));

    assertThat(e.getMessage()).contains("(at /a~1b~0c/1/anchor/end)");
    assertThat(e.getOriginalMessage()).contains("Anchor.end must not be less than Anchor.start");
    assertThat(e.getLocation().getColumnNr()).isEqualTo(json.indexOf("\"end\": 4") + "\"end\": ".length() + 1);
  }

  @Test
  void aMissingFieldIsLocatedAtItsObject() {
    String json = "[" + GOOD + ", {\"id\": \"d\"}]";

    MismatchedInputException e = catchThrowableOfType(MismatchedInputException.class,
        () -> mapper.readValue(json, new TypeReference<List<Claim>>() {}));

    assertThat(e.getMessage()).contains(e.getOriginalMessage() + " (at /1)");
    assertThat(e.getOriginalMessage()).isEqualTo("claim is missing the required field 'anchor'");
    assertThat(e.getLocation().getColumnNr()).isEqualTo(json.indexOf("{\"id\": \"d\"") + 1);
  }
}
