package org.policynarrative.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.policynarrative.core.TestNarratives.claim;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The open vocabularies: built-in codes, declared codes, roll-up and the validator's checks of both. */
class VocabularyTest {

  private static final CodeDefinition OWNERSHIP = CodeDefinition.builder().scheme(CodeScheme.CLAIM_KIND)
      .code("ownership-change").label("Ownership change").definition("The source says who owns something changed.")
      .broader("policy-adoption").build();
  private static final CodeDefinition NATIONALISATION = CodeDefinition.builder().scheme(CodeScheme.CLAIM_KIND)
      .code("nationalisation").label("Nationalisation").broader("ownership-change").build();
  private static final CodeDefinition SLOGAN = CodeDefinition.builder().scheme(CodeScheme.CLAIM_KIND)
      .code("slogan").label("Slogan").build();

  @Test
  void builtInCodesAreTheirConstantNamesInKebabCaseAndParseBackToTheSameConstant() throws Exception {
    for (CodeScheme scheme : CodeScheme.values()) {
      for (VocabularyCode code : scheme.builtIns()) {
        assertThat(code.isBuiltIn()).isTrue();
        assertThat(code.builtInLabel()).isPresent();
        assertThat(code.builtInDefinition()).hasValueSatisfying(d -> assertThat(d).isNotBlank());
        assertThat(code.scheme()).isEqualTo(scheme);
        String name = null;
        for (var field : code.getClass().getFields()) {
          if (field.get(null) == code) {
            name = field.getName();
          }
        }
        assertThat(code.code()).isEqualTo(name.toLowerCase(Locale.ROOT).replace('_', '-'));
      }
    }
    assertThat(ClaimKind.fromCode("achievement")).isSameAs(ClaimKind.ACHIEVEMENT);
    assertThat(PriorityMode.fromCode("parallel")).isSameAs(PriorityMode.PARALLEL);
    assertThat(RelationType.fromCode("fulfils")).isSameAs(RelationType.FULFILS);
  }

  @Test
  void aNarrativesOwnCodeIsAValueEqualByItsText() {
    ClaimKind custom = ClaimKind.fromCode("ownership-change");
    assertThat(custom.isBuiltIn()).isFalse();
    assertThat(custom.builtInLabel()).isEmpty();
    assertThat(custom).isEqualTo(ClaimKind.fromCode("ownership-change")).hasToString("ownership-change");
    assertThat(custom).isNotEqualTo(PriorityMode.fromCode("ownership-change"));
    assertThatThrownBy(() -> ClaimKind.fromCode("Ownership Change"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'Ownership Change' is not a claim kind code");
  }

  @Test
  void aDeclaredCodeRollsUpThroughItsBroaderCodesToABuiltInOne() {
    Narrative narrative = TestNarratives.valid().addVocabulary(OWNERSHIP, NATIONALISATION, SLOGAN)
        .addClaims(claim("c1", ClaimKind.fromCode("nationalisation")).build(),
            claim("c2", ClaimKind.fromCode("slogan")).build(), claim("c3", ClaimKind.POLICY_ADOPTION).build())
        .build();
    Vocabulary vocabulary = Vocabulary.of(narrative);

    assertThat(vocabulary.rollUp(ClaimKind.fromCode("nationalisation"))).isSameAs(ClaimKind.POLICY_ADOPTION);
    assertThat(vocabulary.rollUp(ClaimKind.fromCode("slogan"))).isEqualTo(ClaimKind.fromCode("slogan"));
    assertThat(vocabulary.builtInAncestor(CodeScheme.CLAIM_KIND, "unknown")).isEmpty();
    assertThat(vocabulary.claimsByKind(true)).containsOnlyKeys(ClaimKind.ACHIEVEMENT, ClaimKind.POLICY_ADOPTION,
        ClaimKind.fromCode("slogan"));
    assertThat(vocabulary.claimsByKind(true).get(ClaimKind.POLICY_ADOPTION)).extracting(Claim::id)
        .containsExactly("c1", "c3");
    assertThat(vocabulary.claimsByKind(false)).containsKey(ClaimKind.fromCode("nationalisation"));
    assertThat(vocabulary.codes(CodeScheme.CLAIM_KIND)).extracting(CodeDefinition::code)
        .startsWith("achievement").endsWith("ownership-change", "nationalisation", "slogan");
    assertThat(NarrativeValidator.validate(narrative).problems()).isEmpty();
  }

  @Test
  void anUndeclaredCodeIsReportedWhereItIsUsedWithTheClosestKnownCode() {
    Narrative narrative = TestNarratives.valid()
        .addClaims(claim("c1", ClaimKind.fromCode("acheivement"))
            .addRelations(ClaimRelation.of(RelationType.fromCode("echoes"), "c0")).build())
        .addPolicyLines(PolicyLine.builder().id("l2").name("L2")
            .addPriorities(SectorPriority.of("industry", PriorityMode.fromCode("ownership"))).build())
        .build();

    ValidationReport report = NarrativeValidator.validate(narrative);

    assertThat(report.withCode(ProblemCode.UNDECLARED_CODE)).extracting(Problem::path)
        .containsExactlyInAnyOrder("claims[1].kind", "claims[1].relations[0].type", "policyLines[1].priorities[0].mode");
    assertThat(report.toString()).contains("claim kind 'acheivement' is neither built in nor declared; "
        + "did you mean 'achievement'?");
  }

  @Test
  void declarationsAreCheckedForDuplicatesRedefinitionsUnknownBroaderCodesAndCycles() {
    Narrative narrative = TestNarratives.valid().addVocabulary(OWNERSHIP, OWNERSHIP,
        CodeDefinition.builder().scheme(CodeScheme.PRIORITY_MODE).code("parallel").label("Parallel").build(),
        CodeDefinition.builder().scheme(CodeScheme.RELATION_TYPE).code("echoes").label("Echoes").broader("repeat").build(),
        CodeDefinition.builder().scheme(CodeScheme.RELATION_TYPE).code("a").label("A").broader("b").build(),
        CodeDefinition.builder().scheme(CodeScheme.RELATION_TYPE).code("b").label("B").broader("a").build())
        .build();

    List<Problem> problems = NarrativeValidator.validate(narrative).problems();

    assertThat(problems).extracting(Problem::path, Problem::code).containsExactlyInAnyOrder(
        org.assertj.core.api.Assertions.tuple("vocabulary[1].code", ProblemCode.DUPLICATE_ID),
        org.assertj.core.api.Assertions.tuple("vocabulary[2].code", ProblemCode.UNDECLARED_CODE),
        org.assertj.core.api.Assertions.tuple("vocabulary[3].broader", ProblemCode.UNDECLARED_CODE),
        org.assertj.core.api.Assertions.tuple("vocabulary[4].broader", ProblemCode.CODE_CYCLE));
    assertThat(problems.toString()).contains("did you mean 'repeats'?", "a -> b -> a");
  }

  @Test
  void theMatrixCountsADeclaredModeAsTheBuiltInModeItNarrows() {
    CodeDefinition stateCapitalism = CodeDefinition.builder().scheme(CodeScheme.PRIORITY_MODE)
        .code("state-capitalism").label("Put on the track of state capitalism").broader("top-priority").build();
    Narrative narrative = TestNarratives.valid().addVocabulary(stateCapitalism)
        .addPolicyLines(PolicyLine.builder().id("l2").name("L2").addEras("post-war")
            .addPriorities(SectorPriority.of("heavy-industry", PriorityMode.fromCode("state-capitalism"))).build())
        .build();

    assertThat(SectorPriorityMatrix.of(narrative).priority("heavy-industry", "post-war"))
        .contains(PriorityMode.fromCode("state-capitalism"));
  }
}
