package org.policynarrative.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Enums are written by their kebab-case {@code code()} and read back by {@code fromCode}. */
class EnumCodesTest {

  @Test
  void codesAreKebabCase() {
    assertThat(PriorityMode.TOP_PRIORITY.code()).isEqualTo("top-priority");
    assertThat(ClaimKind.CAUSAL_ATTRIBUTION.code()).isEqualTo("causal-attribution");
    assertThat(EntityKind.POLICY_LINE.code()).isEqualTo("policy-line");
    assertThat(ProblemCode.UNKNOWN_REFERENCE.code()).isEqualTo("unknown-reference");
  }

  @Test
  void everyConstantRoundTripsThroughItsCode() {
    for (PriorityMode c : PriorityMode.values()) {
      assertThat(PriorityMode.fromCode(c.code())).isEqualTo(c);
    }
    for (ClaimKind c : ClaimKind.values()) {
      assertThat(ClaimKind.fromCode(c.code())).isEqualTo(c);
    }
    for (EntityKind c : EntityKind.values()) {
      assertThat(EntityKind.fromCode(c.code())).isEqualTo(c);
    }
    for (Verdict c : Verdict.values()) {
      assertThat(Verdict.fromCode(c.code())).isEqualTo(c);
    }
    for (Durability c : Durability.values()) {
      assertThat(Durability.fromCode(c.code())).isEqualTo(c);
    }
    for (MappingRelation c : MappingRelation.values()) {
      assertThat(MappingRelation.fromCode(c.code())).isEqualTo(c);
    }
    for (CalendarModel c : CalendarModel.values()) {
      assertThat(CalendarModel.fromCode(c.code())).isEqualTo(c);
    }
    for (ProblemCode c : ProblemCode.values()) {
      assertThat(ProblemCode.fromCode(c.code())).isEqualTo(c);
    }
  }

  @Test
  void anUnknownCodeIsRejectedListingTheAllowedOnes() {
    assertThatThrownBy(() -> Durability.fromCode("PERMANENT"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'PERMANENT' is not a Durability; expected one of permanent, temporary, unstated");
  }
}
