package org.policynarrative.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.Sector;

/** Validation on read: the narrative back when it is consistent, otherwise every problem at the first one's place. */
class ReadValidationTest {

  private static Narrative.Builder head() {
    return Narrative.builder().id("n").title("T").language("en").version("1");
  }

  @Test
  void aConsistentNarrativeIsReturned() {
    Narrative narrative = head().build();
    assertThat(ReadValidation.requireValid(narrative, "x", new LocationIndex(), UnaryOperator.identity()))
        .isSameAs(narrative);
  }

  @Test
  void aProblemIsReportedAtItsPlaceWithThePathAsTheFormatWritesIt() {
    Narrative narrative = head()
        .addSectors(Sector.builder().id("a").name("A").broader("nowhere").build())
        .build();
    LocationIndex where = new LocationIndex();
    where.record("sectors[0]", 4, 3);
    where.record("sectors[0].broader", 6, 18);

    NarrativeFormatException e = catchThrowableOfType(NarrativeFormatException.class,
        () -> ReadValidation.requireValid(narrative, "json", where, LocationIndex::jsonPointer));

    assertThat(e.format()).isEqualTo("json");
    assertThat(e.problem()).isEqualTo("the narrative is not consistent (1 problem): sectors[0].broader: "
        + "[unknown-reference] refers to sector 'nowhere', which the narrative does not have");
    assertThat(e.path()).hasValue("/sectors/0/broader");
    assertThat(e.line()).hasValue(6);
    assertThat(e.column()).hasValue(18);
  }

  @Test
  void everyProblemIsListedAndAnUnrecordedPlaceIsLeftOut() {
    Narrative narrative = head()
        .addSectors(Sector.builder().id("a").name("A").broader("nowhere").build())
        .addSectors(Sector.builder().id("a").name("Again").build())
        .build();

    NarrativeFormatException e = catchThrowableOfType(NarrativeFormatException.class,
        () -> ReadValidation.requireValid(narrative, "markdown", new LocationIndex(), UnaryOperator.identity()));

    assertThat(e.problem()).startsWith("the narrative is not consistent (2 problems): ")
        .contains("[duplicate-id]", "[unknown-reference]");
    assertThat(e.path()).hasValueSatisfying(path -> assertThat(path).startsWith("sectors["));
    assertThat(e.line()).isEmpty();
    assertThat(e.column()).isEmpty();
  }
}
