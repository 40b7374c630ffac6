package org.policynarrative.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.policynarrative.core.TestNarratives.SOURCE_TEXT;
import static org.policynarrative.core.TestNarratives.anchor;
import static org.policynarrative.core.TestNarratives.claim;
import static org.policynarrative.core.TestNarratives.era;
import static org.policynarrative.core.TestNarratives.line;
import static org.policynarrative.core.TestNarratives.sector;
import static org.policynarrative.core.TestNarratives.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of {@link NarrativeValidator}: a narrative that passes and one that fails, asserting
 * the problem's code and path.
 */
class NarrativeValidatorTest {

  private static final SourceText TEXT = SourceText.of("portal", SOURCE_TEXT);

  @Test
  void theBaseNarrativeIsValid() {
    ValidationReport report = NarrativeValidator.validate(TestNarratives.valid().build(), List.of(TEXT));
    assertThat(report.problems()).isEmpty();
    assertThat(report.isValid()).isTrue();
    assertThat(report).hasToString("valid");
  }

  @Nested
  class DuplicateIds {

    static Stream<Arguments> duplicates() {
      return Stream.of(
          Arguments.of(TestNarratives.valid().addSources(source("other"), source("portal")), "sources[2].id"),
          Arguments.of(TestNarratives.valid().addEras(era("post-war", "1961")), "eras[1].id"),
          Arguments.of(TestNarratives.valid().addSectors(sector("industry")), "sectors[2].id"),
          Arguments.of(TestNarratives.valid().addPolicyLines(line("line-1953", "1953")), "policyLines[1].id"),
          Arguments.of(TestNarratives.valid().addClaims(claim("c1").build(), claim("c0").build()), "claims[2].id"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("duplicates")
    void aSecondEntityWithTheSameIdIsReported(Narrative.Builder narrative, String path) {
      assertThat(NarrativeValidator.validate(narrative.build()).problems())
          .extracting(Problem::path, Problem::code)
          .containsExactly(tuple(path, ProblemCode.DUPLICATE_ID));
    }

    @Test
    void theSameIdInDifferentKindsIsAllowed() {
      Narrative narrative = TestNarratives.valid().addSources(source("industry")).addEras(era("industry", "1961"))
          .build();
      assertThat(NarrativeValidator.validate(narrative).problems()).isEmpty();
    }

    @Test
    void theMessageNamesTheFirstUse() {
      Narrative narrative = TestNarratives.valid().addEras(era("post-war", "1961")).build();
      assertThat(NarrativeValidator.validate(narrative).problems().get(0).message())
          .isEqualTo("id 'post-war' is already used by eras[0]");
    }
  }

  @Nested
  class UnknownReferences {

    static Stream<Arguments> dangling() {
      return Stream.of(
          Arguments.of(TestNarratives.valid()
              .addEras(Era.builder().id("e2").name("e2").period(Period.parse("1961")).source("nowhere").build()),
              "eras[1].source"),
          Arguments.of(TestNarratives.valid()
              .addSectors(Sector.builder().id("farming").name("Farming").broader("agriculture").build()),
              "sectors[2].broader"),
          Arguments.of(TestNarratives.valid().addPolicyLines(line("l2", "1953", "post-war", "arduous-march")),
              "policyLines[1].eras[1]"),
          Arguments.of(TestNarratives.valid().addPolicyLines(PolicyLine.builder().id("l2").name("l2")
              .addPriorities(SectorPriority.of("industry", PriorityMode.SIMULTANEOUS),
                  SectorPriority.of("defence", PriorityMode.TOP_PRIORITY)).build()),
              "policyLines[1].priorities[1].sector"),
          Arguments.of(TestNarratives.valid().addPolicyLines(PolicyLine.builder().id("l2").name("l2")
              .supersedes("l0").build()), "policyLines[1].supersedes"),
          Arguments.of(TestNarratives.valid().addPolicyLines(PolicyLine.builder().id("l2").name("l2")
              .continues("l0").build()), "policyLines[1].continues"),
          Arguments.of(TestNarratives.valid().addClaims(
              claim("c1").build(), claim("c2").build(),
              claim("c3").addAbout(EntityRef.sector("industry"), EntityRef.era("arduous-march")).build()),
              "claims[3].about[1]"),
          Arguments.of(TestNarratives.valid().addClaims(claim("c1", ClaimKind.CAUSAL_ATTRIBUTION)
              .addCauses(EntityRef.policyLine("songun")).build()), "claims[1].causes[0]"),
          Arguments.of(TestNarratives.valid().addClaims(claim("c1", ClaimKind.CAUSAL_ATTRIBUTION)
              .addEffects(EntityRef.source("line-1953")).build()), "claims[1].effects[0]"),
          Arguments.of(TestNarratives.valid().addClaims(Claim.builder().id("c1").statement("s")
              .kind(ClaimKind.OBJECTIVE).assertedBy("a").anchor(anchor("kcna", "quote")).build()),
              "claims[1].anchor.source"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("dangling")
    void aReferenceToAMissingEntityIsReportedAtItsPath(Narrative.Builder narrative, String path) {
      assertThat(NarrativeValidator.validate(narrative.build()).problems())
          .extracting(Problem::path, Problem::code)
          .containsExactly(tuple(path, ProblemCode.UNKNOWN_REFERENCE));
    }

    @Test
    void theMessageSaysWhatIsMissing() {
      Narrative narrative = TestNarratives.valid()
          .addClaims(claim("c1").addAbout(EntityRef.era("arduous-march")).build()).build();
      assertThat(NarrativeValidator.validate(narrative).problems().get(0).message())
          .isEqualTo("refers to era 'arduous-march', which the narrative does not have");
    }

    @Test
    void referencesOfEveryKindResolve() {
      Narrative narrative = TestNarratives.valid().addClaims(claim("c1")
          .addAbout(EntityRef.era("post-war"), EntityRef.sector("industry"), EntityRef.policyLine("line-1953"),
              EntityRef.source("portal")).build()).build();
      assertThat(NarrativeValidator.validate(narrative).problems()).isEmpty();
    }

    /**
     * The validator gathers claims' references in blocks of 128 before resolving them: problems on
     * either side of a block edge, in the last, partial block, and in a claim with more references
     * than its block had room for, are each reported once, at their path, in claim order.
     */
    @Test
    void danglingReferencesAcrossManyClaimsAreReportedInOrder() {
      Narrative.Builder narrative = TestNarratives.valid();
      List<String> expected = new ArrayList<>(); // in claim order, as built
      for (int i = 1; i <= 1000; i++) {
        Claim.Builder claim = (i == 1000 ? claim("c" + i, anchor("elsewhere", "heavy industry")) : claim("c" + i))
            .addAbout(EntityRef.sector("industry"));
        if (i == 5 || i == 127 || i == 128 || i == 129 || i == 999) {
          claim.addAbout(EntityRef.era("missing-" + i));
          expected.add("claims[" + i + "].about[1]");
        }
        if (i == 300) { // 600 references in one claim: more than a block holds
          for (int r = 0; r < 600; r++) {
            claim.addEffects(r % 200 == 7 ? EntityRef.policyLine("gone-" + r) : EntityRef.sector("industry"));
            if (r % 200 == 7) {
              expected.add("claims[300].effects[" + r + "]");
            }
          }
        }
        if (i == 1000) {
          expected.add("claims[1000].anchor.source");
        }
        narrative.addClaims(claim.build());
      }

      List<Problem> problems = NarrativeValidator.validate(narrative.build()).problems();

      assertThat(problems).extracting(Problem::path).containsExactlyElementsOf(expected);
      assertThat(problems).extracting(Problem::code).containsOnly(ProblemCode.UNKNOWN_REFERENCE);
    }
  }

  /**
   * Each cycle is reported once, at its first entity in list order (it was once reported at every
   * entity on it, each message listing the whole cycle: quadratic in the cycle's length).
   */
  @Nested
  class Cycles {

    @Test
    void broaderSectorsThatLoopAreReportedOnceAtTheirFirstSector() {
      Narrative narrative = TestNarratives.valid().addSectors(
          Sector.builder().id("a").name("A").broader("b").build(),
          Sector.builder().id("b").name("B").broader("a").build(),
          Sector.builder().id("c").name("C").broader("a").build()).build();

      List<Problem> problems = NarrativeValidator.validate(narrative).problems();

      assertThat(problems).extracting(Problem::path, Problem::code).containsExactly(
          tuple("sectors[2].broader", ProblemCode.SECTOR_CYCLE));
      assertThat(problems.get(0).message()).isEqualTo("broader sectors form a cycle: a -> b -> a");
    }

    @Test
    void aHierarchyWithoutLoopsIsValid() {
      Narrative narrative = TestNarratives.valid().addSectors(
          Sector.builder().id("a").name("A").broader("heavy-industry").build()).build();
      assertThat(NarrativeValidator.validate(narrative).problems()).isEmpty();
    }

    @Test
    void policyLinesThatSupersedeEachOtherInALoopAreReported() {
      Narrative narrative = TestNarratives.valid().addPolicyLines(
          PolicyLine.builder().id("a").name("A").supersedes("b").build(),
          PolicyLine.builder().id("b").name("B").supersedes("a").build()).build();

      assertThat(NarrativeValidator.validate(narrative).problems())
          .extracting(Problem::path, Problem::code).containsExactly(
              tuple("policyLines[1].supersedes", ProblemCode.LINE_CYCLE));
    }

    @Test
    void policyLinesThatContinueEachOtherInALoopAreReported() {
      Narrative narrative = TestNarratives.valid().addPolicyLines(
          PolicyLine.builder().id("a").name("A").continues("c").build(),
          PolicyLine.builder().id("b").name("B").continues("a").build(),
          PolicyLine.builder().id("c").name("C").continues("b").build()).build();

      assertThat(NarrativeValidator.validate(narrative).withCode(ProblemCode.LINE_CYCLE))
          .extracting(Problem::path, Problem::message)
          .containsExactly(tuple("policyLines[1].continues", "policy lines form a cycle: a -> c -> b -> a"));
    }

    @Test
    void aChainOfLinesWithoutLoopsIsValid() {
      Narrative narrative = TestNarratives.valid().addPolicyLines(
          PolicyLine.builder().id("a").name("A").supersedes("line-1953").build(),
          PolicyLine.builder().id("b").name("B").supersedes("a").continues("line-1953").build()).build();
      assertThat(NarrativeValidator.validate(narrative).problems()).isEmpty();
    }
  }

  @Nested
  class LinesAndEras {

    @Test
    void aLineAdoptedOutsideEveryEraItBelongsToIsReported() {
      Narrative narrative = TestNarratives.valid().addPolicyLines(line("late", "1970-05", "post-war")).build();

      List<Problem> problems = NarrativeValidator.validate(narrative).problems();

      assertThat(problems).extracting(Problem::path, Problem::code)
          .containsExactly(tuple("policyLines[1].adopted", ProblemCode.LINE_OUTSIDE_ERA));
      assertThat(problems.get(0).message()).contains("1970-05", "post-war");
    }

    @Test
    void aLineAdoptedInAnyOfItsErasOrAtTheirEdgeIsValid() {
      Narrative narrative = TestNarratives.valid()
          .addEras(era("sixties", "196X"), era("open", "2000/.."))
          .addPolicyLines(line("edge", "1960-12-31", "post-war"), line("second", "1965", "post-war", "sixties"),
              line("uncertain", "196X?", "post-war"), line("recent", "2016-05", "open"))
          .build();
      assertThat(NarrativeValidator.validate(narrative).problems()).isEmpty();
    }
  }

  @Nested
  class Anchors {

    @Test
    void aQuoteOfHalfASurrogatePairIsNotFound() {
      // "I 😀 x y z": the quote "\ude00 x" matches the chars of the pair's second half, but offsets 3..6 select " x ".
      SourceText emoji = SourceText.of("portal", "I \ud83d\ude00 x y z");
      Anchor half = Anchor.builder().source("portal").exact("\ude00 x").start(3).end(6).build();

      List<Problem> problems = NarrativeValidator.validate(withClaim(claim("c1", half)), List.of(emoji)).problems();

      // (claims[0], of the base narrative, quotes another text: not found either.)
      assertThat(problems).extracting(Problem::path, Problem::code)
          .contains(tuple("claims[1].anchor.exact", ProblemCode.QUOTE_NOT_FOUND));
    }

    @Test
    void aQuoteThatIsNotInTheTextIsAnOrphan() {
      Narrative narrative = withClaim(claim("c1", anchor("portal", "light industry first")));

      List<Problem> problems = NarrativeValidator.validate(narrative, List.of(TEXT)).problems();

      assertThat(problems).extracting(Problem::path, Problem::code)
          .containsExactly(tuple("claims[1].anchor.exact", ProblemCode.QUOTE_NOT_FOUND));
      assertThat(problems.get(0).message()).startsWith("quote not found in source 'portal': \"light industry first\"");
    }

    @Test
    void offsetsThatDoNotSelectTheQuoteOrphanTheAnchorInsteadOfMovingIt() {
      Anchor shifted = Anchor.builder().source("portal").exact("heavy industry").start(46).end(60).build();
      Narrative narrative = withClaim(claim("c1", shifted));

      List<Problem> problems = NarrativeValidator.validate(narrative, List.of(TEXT)).problems();

      assertThat(problems).extracting(Problem::path, Problem::code)
          .containsExactly(tuple("claims[1].anchor.start", ProblemCode.OFFSETS_MISMATCH));
      assertThat(problems.get(0).message()).isEqualTo("orphaned anchor: offsets 46..60 do not select the quote, which"
          + " occurs at [45] (line:column 1:46); run 'policy-narrative anchor' to refresh the offsets");
      // Reporting never changes the data: the anchor keeps its recorded offsets.
      assertThat(narrative.claims().get(1).anchor().start()).contains(46);
    }

    @Test
    void offsetsThatSelectTheQuoteAreValid() {
      Anchor exact = Anchor.builder().source("portal").exact("heavy industry").start(45).end(59).build();
      assertThat(NarrativeValidator.validate(withClaim(claim("c1", exact)), List.of(TEXT)).problems())
          .isEmpty();
    }

    @Test
    void aPrefixThatDoesNotMatchTheTextIsAContextMismatch() {
      Anchor anchor = Anchor.builder().source("portal").exact("heavy industry").prefix("developing the ").build();

      assertThat(NarrativeValidator.validate(withClaim(claim("c1", anchor)), List.of(TEXT)).problems())
          .extracting(Problem::path, Problem::code)
          .containsExactly(tuple("claims[1].anchor.prefix", ProblemCode.CONTEXT_MISMATCH));
    }

    @Test
    void aSuffixThatDoesNotMatchAtTheGivenOffsetsIsAContextMismatch() {
      Anchor anchor = Anchor.builder().source("portal").exact("heavy industry").suffix(" first")
          .start(45).end(59).build();

      assertThat(NarrativeValidator.validate(withClaim(claim("c1", anchor)), List.of(TEXT)).problems())
          .extracting(Problem::path, Problem::code)
          .containsExactly(tuple("claims[1].anchor.suffix", ProblemCode.CONTEXT_MISMATCH));
    }

    @Test
    void matchingContextIsValid() {
      Anchor anchor = Anchor.builder().source("portal").exact("heavy industry").prefix("developing ")
          .suffix(" preferentially").start(45).end(59).build();
      assertThat(NarrativeValidator.validate(withClaim(claim("c1", anchor)), List.of(TEXT)).problems())
          .isEmpty();
    }

    @Test
    void aRepeatedQuoteWithoutOffsetsOrContextIsAmbiguous() {
      Narrative narrative = withClaim(claim("c1", anchor("portal", "developing")));

      List<Problem> problems = NarrativeValidator.validate(narrative, List.of(TEXT)).problems();

      assertThat(problems).extracting(Problem::path, Problem::code)
          .containsExactly(tuple("claims[1].anchor.exact", ProblemCode.AMBIGUOUS_QUOTE));
      assertThat(problems.get(0).message()).contains("2 times", "[34, 81]");
    }

    @Test
    void aRepeatedQuoteIsSettledByItsPrefixOrItsOffsets() {
      Anchor byPrefix = Anchor.builder().source("portal").exact("developing").prefix("while ").build();
      Anchor byOffsets = Anchor.builder().source("portal").exact("developing").start(34).end(44).build();
      Narrative narrative = withClaim(claim("c1", byPrefix), claim("c2", byOffsets));

      assertThat(NarrativeValidator.validate(narrative, List.of(TEXT)).problems()).isEmpty();
    }

    @Test
    void aTextWhoseHashDiffersFromTheRecordedOneIsReported() {
      String wrong = "0".repeat(64);
      Narrative narrative = Narrative.builder().id("n").title("t").language("en").version("1")
          .addSources(source("other"), Source.builder().id("portal").sha256(wrong).build()).build();

      List<Problem> problems = NarrativeValidator.validate(narrative, List.of(TEXT)).problems();

      assertThat(problems).extracting(Problem::path, Problem::code)
          .containsExactly(tuple("sources[1].sha256", ProblemCode.SOURCE_HASH_MISMATCH));
      assertThat(problems.get(0).message()).contains(TEXT.sha256(), wrong);
    }

    @Test
    void aTextWithTheRecordedHashIsValid() {
      Narrative narrative = Narrative.builder().id("n").title("t").language("en").version("1")
          .addSources(Source.builder().id("portal").sha256(TEXT.sha256()).build()).build();
      assertThat(NarrativeValidator.validate(narrative, List.of(TEXT)).problems()).isEmpty();
    }

    @Test
    void aTextForAnUnknownSourceIsReported() {
      SourceText stray = SourceText.of("kcna", "some text");

      assertThat(NarrativeValidator.validate(TestNarratives.valid().build(), List.of(TEXT, stray)).problems())
          .extracting(Problem::path, Problem::code)
          .containsExactly(tuple("sources", ProblemCode.UNKNOWN_SOURCE_TEXT));
    }

    @Test
    void anchorsAreNotCheckedWithoutTheirText() {
      Narrative narrative = withClaim(claim("c1", anchor("portal", "not in any text")));
      assertThat(NarrativeValidator.validate(narrative).problems()).isEmpty();
      assertThat(NarrativeValidator.validate(narrative, List.of()).problems()).isEmpty();
    }

    @Test
    void offsetsCountCodePoints() {
      SourceText text = SourceText.of("portal", "𝔸𝔹 heavy industry");
      Anchor anchor = Anchor.builder().source("portal").exact("heavy industry").start(3).end(17).build();
      assertThat(NarrativeValidator.validate(withClaim(claim("c1", anchor)), List.of(text)).problems())
          .isEmpty();
    }

    private Narrative withClaim(Claim.Builder... claims) {
      Narrative.Builder narrative = TestNarratives.valid();
      for (Claim.Builder claim : claims) {
        narrative.addClaims(claim.build());
      }
      return narrative.build();
    }
  }

  @Test
  void everyProblemIsReportedAtOnceInFieldOrder() {
    Narrative narrative = TestNarratives.valid()
        .addSectors(Sector.builder().id("farming").name("Farming").broader("agriculture").build())
        .addEras(era("post-war", "1961"))
        .addPolicyLines(line("late", "1999", "post-war"))
        .addClaims(claim("c1", anchor("portal", "nowhere")).addAbout(EntityRef.era("arduous-march")).build())
        .build();

    ValidationReport report = NarrativeValidator.validate(narrative, List.of(TEXT));

    assertThat(report.problems()).extracting(Problem::path, Problem::code).containsExactly(
        tuple("eras[1].id", ProblemCode.DUPLICATE_ID),
        tuple("sectors[2].broader", ProblemCode.UNKNOWN_REFERENCE),
        tuple("policyLines[1].adopted", ProblemCode.LINE_OUTSIDE_ERA),
        tuple("claims[1].about[0]", ProblemCode.UNKNOWN_REFERENCE),
        tuple("claims[1].anchor.exact", ProblemCode.QUOTE_NOT_FOUND));
    assertThat(report.isValid()).isFalse();
    assertThat(report.withCode(ProblemCode.UNKNOWN_REFERENCE)).hasSize(2);
    assertThat(report.toString()).contains("claims[1].about[0]: [unknown-reference] refers to era 'arduous-march'");
  }

  @Test
  void oneNarrativeCanBreakEveryRuleAndAllAreReported() {
    Narrative narrative = TestNarratives.valid()
        .addSources(Source.builder().id("kcna").sha256("0".repeat(64)).build(),
            Source.builder().id("ko").translationOf("en").build(), Source.builder().id("en").translationOf("ko").build())
        .addVocabulary(CodeDefinition.builder().scheme(CodeScheme.CLAIM_KIND).code("p").label("P").broader("q").build(),
            CodeDefinition.builder().scheme(CodeScheme.CLAIM_KIND).code("q").label("Q").broader("p").build())
        .addEras(era("post-war", "1961"))
        .addSectors(Sector.builder().id("a").name("A").broader("b").build(),
            Sector.builder().id("b").name("B").broader("a").build())
        .addPolicyLines(line("late", "1999", "post-war"),
            PolicyLine.builder().id("x").name("X").supersedes("y").build(),
            PolicyLine.builder().id("y").name("Y").supersedes("x").build())
        .addClaims(
            claim("c1").addAbout(EntityRef.era("arduous-march")).build(),
            claim("c2", anchor("portal", "nowhere")).build(),
            claim("c3", Anchor.builder().source("portal").exact("heavy industry").start(46).end(60).build()).build(),
            claim("c4", Anchor.builder().source("portal").exact("heavy industry").prefix("the ").build()).build(),
            claim("c5", anchor("portal", "developing")).build(),
            claim("c6", ClaimKind.fromCode("acheivement")).addRelations(ClaimRelation.of(RelationType.REPEATS, "c7"))
                .addFigures(Figure.builder().indicator("steel").wording("twice").statedAs(StatedAs.MULTIPLE)
                    .amount(java.math.BigDecimal.valueOf(2)).period(Period.parse("1956"))
                    .baselinePeriod(Period.parse("1960")).status(FigureStatus.RESULT).build()).build(),
            claim("c7").addRelations(ClaimRelation.of(RelationType.REPEATS, "c6")).build(),
            Claim.builder().id("c8").anchor(anchor("portal", "developing")).build())
        .build();
    List<SourceText> texts = List.of(TEXT, SourceText.of("kcna", "text"), SourceText.of("stray", "text"));

    ValidationReport report = NarrativeValidator.validate(narrative, texts);

    // A new ProblemCode fails this test until a case for it is added here and above.
    List<ProblemCode> errors = Arrays.stream(ProblemCode.values()).filter(c -> !c.isToDo()).toList();
    List<ProblemCode> toDos = Arrays.stream(ProblemCode.values()).filter(ProblemCode::isToDo).toList();
    assertThat(report.problems()).extracting(Problem::code).containsOnlyElementsOf(errors).containsAll(errors);
    assertThat(report.toDos()).extracting(Problem::code).containsExactlyElementsOf(toDos);
    assertThat(report.toDos()).extracting(Problem::path)
        .containsExactly("claims[8].statement", "claims[8].kind", "claims[8].assertedBy");
    assertThat(report.toDoSummary()).containsExactly("1 claim has no statement yet", "1 claim has no kind yet",
        "1 claim has no asserter yet (who asserts it: assertedBy)");
    assertThat(report.isValid()).isFalse();
    assertThat(report.isComplete()).isFalse();
  }
}
