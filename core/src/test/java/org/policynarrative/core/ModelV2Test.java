package org.policynarrative.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.policynarrative.core.TestNarratives.SOURCE_TEXT;
import static org.policynarrative.core.TestNarratives.anchor;
import static org.policynarrative.core.TestNarratives.claim;
import static org.policynarrative.core.TestNarratives.era;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Actors, events, figures, claim relations, several anchors, in-force periods: invariants, validation, queries. */
class ModelV2Test {

  private static final Actor PARTY = Actor.builder().id("wpk").name("Workers' Party of Korea")
      .putLabels("ko", "조선로동당").kind(ActorKind.PARTY).addIdentifiers("wikidata:Q29452").build();
  private static final Event CONGRESS = Event.builder().id("seventh-congress").name("Seventh Congress of the WPK")
      .when(Period.parse("2016-05")).place("Pyongyang").addParticipants("wpk").build();

  private static Figure.Builder figure() {
    return Figure.builder().indicator("steel output").wording("5.35 million tons").statedAs(StatedAs.EXACT)
        .amount(new BigDecimal("5.35")).unit("million tons").ucum("Mt").status(FigureStatus.RESULT);
  }

  @Test
  void aFullyLinkedNarrativeIsValid() {
    Narrative narrative = TestNarratives.valid()
        .addSources(Source.builder().id("ko-original").language("ko").build())
        .addActors(PARTY).addEvents(CONGRESS)
        .addPolicyLines(PolicyLine.builder().id("byungjin").name("Byungjin line").putLabels("ko", "병진로선")
            .adoptedAtEvent("seventh-congress").addRoles(LineRole.of(ActorRole.ADOPTED_BY, "wpk"))
            .inForce(Period.parse("2013/2018")).amends("line-1953").build())
        .addClaims(claim("c1").addAbout(EntityRef.actor("wpk")).addJustifies(EntityRef.policyLine("byungjin"))
            .addOtherAnchors(anchor("ko-original", "중공업")).addFigures(figure().period(Period.parse("1956")).build())
            .addRelations(ClaimRelation.of(RelationType.FULFILS, "c0"))
            .addEncoderNotes(EncoderNote.of("garbled in the source")).build())
        .build();

    assertThat(NarrativeValidator.validate(narrative).problems()).isEmpty();
    assertThat(narrative.claimsAbout(EntityRef.actor("wpk"))).extracting(Claim::id).containsExactly("c1");
    assertThat(narrative.claimsAbout(EntityRef.policyLine("byungjin"))).extracting(Claim::id).containsExactly("c1");
    assertThat(narrative.actor("wpk")).contains(PARTY);
    assertThat(narrative.event("seventh-congress")).contains(CONGRESS);
    assertThat(narrative.claim("c1").orElseThrow().anchors()).extracting(Anchor::source)
        .containsExactly("portal", "ko-original");
  }

  @Test
  void everyNewReferenceIsChecked() {
    Narrative narrative = TestNarratives.valid()
        .addSources(Source.builder().id("en").translationOf("missing-original").build())
        .addEvents(Event.builder().id("plenum").name("Plenum").addParticipants("nobody").build())
        .addPolicyLines(PolicyLine.builder().id("l2").name("L2").adoptedAtEvent("no-event")
            .addRoles(LineRole.of(ActorRole.DRAFTED_BY, "premier")).amends("no-line").build())
        .addClaims(claim("c1").addAbout(EntityRef.event("no-event")).addJustifies(EntityRef.policyLine("no-line"))
            .addOtherAnchors(anchor("no-source", "x")).addFigures(figure().sector("no-sector").build())
            .addRelations(ClaimRelation.of(RelationType.REVISES, "no-claim")).build())
        .build();

    assertThat(NarrativeValidator.validate(narrative).withCode(ProblemCode.UNKNOWN_REFERENCE))
        .extracting(Problem::path).containsExactlyInAnyOrder(
            "sources[1].translationOf", "events[0].participants[0]", "policyLines[1].adoptedAtEvent",
            "policyLines[1].roles[0].actor", "policyLines[1].amends", "claims[1].about[0]", "claims[1].justifies[0]",
            "claims[1].otherAnchors[0].source", "claims[1].figures[0].sector", "claims[1].relations[0].claim");
  }

  @Test
  void amendmentsAndDirectedClaimRelationsMustNotCycleButContradictionIsSymmetric() {
    Narrative narrative = TestNarratives.valid()
        .addPolicyLines(PolicyLine.builder().id("a").name("A").amends("b").build(),
            PolicyLine.builder().id("b").name("B").amends("a").build())
        .addClaims(claim("c1").addRelations(ClaimRelation.of(RelationType.CONTRADICTS, "c2"),
                ClaimRelation.of(RelationType.ELABORATES, "c2")).build(),
            claim("c2").addRelations(ClaimRelation.of(RelationType.CONTRADICTS, "c1"),
                ClaimRelation.of(RelationType.ELABORATES, "c1")).build())
        .build();

    ValidationReport report = NarrativeValidator.validate(narrative);

    assertThat(report.problems()).extracting(Problem::path, Problem::code).containsExactlyInAnyOrder(
        tuple("policyLines[1].amends", ProblemCode.LINE_CYCLE),
        tuple("claims[1].relations", ProblemCode.CLAIM_CYCLE));
    assertThat(report.toString()).contains("'elaborates' relations: c1 -> c2 -> c1");
  }

  @Test
  void aFiguresBaselineMustNotLieAfterItsPeriod() {
    Narrative narrative = TestNarratives.valid()
        .addClaims(claim("c1").addFigures(
            figure().period(Period.parse("1956")).baselinePeriod(Period.parse("1952")).build(),
            figure().period(Period.parse("1956")).baselinePeriod(Period.parse("1956-12")).build(),
            figure().period(Period.parse("1956")).baselinePeriod(Period.parse("1957")).build()).build())
        .build();

    assertThat(NarrativeValidator.validate(narrative).problems()).extracting(Problem::path, Problem::code)
        .containsExactly(tuple("claims[1].figures[2].baselinePeriod", ProblemCode.BASELINE_AFTER_PERIOD));
  }

  @Test
  void aFigureSaysHowItsValueIsStatedConsistently() {
    assertThatThrownBy(() -> figure().statedAs(StatedAs.UNQUANTIFIED).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("Figure.amount")
        .hasMessageContaining("must be absent");
    assertThatThrownBy(() -> figure().statedAs(StatedAs.RANGE).build())
        .hasMessageContaining("Figure.upTo").hasMessageContaining("is required");
    assertThatThrownBy(() -> figure().upTo(BigDecimal.TEN).build()).hasMessageContaining("only for a figure stated as 'range'");
    assertThatThrownBy(() -> figure().statedAs(StatedAs.RANGE).upTo(BigDecimal.ONE).build())
        .hasMessageContaining("must be greater than amount (5.35)");
    assertThatThrownBy(() -> figure().ucum("million tons").build()).hasMessageContaining("Figure.ucum");
    assertThat(figure().statedAs(StatedAs.UNQUANTIFIED).amount(java.util.Optional.empty())
        .wording("targets were surpassed").build().amount()).isEmpty();
  }

  @Test
  void newEntitiesRefuseBadValuesNamingTheAttribute() {
    assertThatThrownBy(() -> Actor.builder().id("x").name("X").kind(ActorKind.STATE).addIdentifiers("Q 1").build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("Actor.identifiers");
    assertThatThrownBy(() -> Event.builder().id("x").name(" ").build()).hasMessageContaining("Event.name");
    assertThatThrownBy(() -> PolicyLine.builder().id("x").name("X").amends("x").build())
        .hasMessageContaining("PolicyLine.amends").hasMessageContaining("must not name the line itself");
    assertThatThrownBy(() -> Source.builder().id("x").translationOf("x").build())
        .hasMessageContaining("Source.translationOf");
    assertThatThrownBy(() -> claim("c").addRelations(ClaimRelation.of(RelationType.REPEATS, "c")).build())
        .hasMessageContaining("Claim.relations");
    assertThatThrownBy(() -> EncoderNote.of("")).hasMessageContaining("EncoderNote.text");
    assertThatThrownBy(() -> CodeDefinition.builder().scheme(CodeScheme.CLAIM_KIND).code("a").label("A").broader("a")
        .build()).hasMessageContaining("CodeDefinition.broader");
  }

  @Test
  void everyAnchorIsCheckedAgainstItsOwnSourcesText() {
    String korean = "1953년 당은 중공업을 우선적으로 발전시키는 로선을 제시하였다.";
    Narrative narrative = TestNarratives.valid()
        .addSources(Source.builder().id("ko-original").translationOf("portal").build())
        .addClaims(claim("c1").addOtherAnchors(anchor("ko-original", "중공업"), anchor("ko-original", "경공업")).build())
        .build();

    ValidationReport report = NarrativeValidator.validate(narrative,
        List.of(SourceText.of("portal", SOURCE_TEXT), SourceText.of("ko-original", korean)));

    assertThat(report.problems()).extracting(Problem::path, Problem::code)
        .containsExactly(tuple("claims[1].otherAnchors[1].exact", ProblemCode.QUOTE_NOT_FOUND));
  }

  @Test
  void figuresAreSeriesByIndicatorInChronologicalOrder() {
    Narrative narrative = TestNarratives.valid()
        .addClaims(claim("c1").addFigures(figure().period(Period.parse("1960")).build(),
                figure().indicator("grain").build()).build(),
            claim("c2").addFigures(figure().period(Period.parse("1956")).build(), figure().build()).build())
        .build();

    FigureSeries series = FigureSeries.of(narrative);

    assertThat(series.indicators()).containsExactly("steel output", "grain");
    assertThat(series.of("steel output")).extracting(s -> s.claim().id(),
        s -> s.figure().period().map(Period::toEdtf).orElse("none"))
        .containsExactly(tuple("c2", "1956"), tuple("c1", "1960"), tuple("c2", "none"));
    assertThat(series.of("coal")).isEmpty();
  }

  @Test
  void aLineInForceCountsInEveryEraItsPeriodOverlapsAndTheTimelineShowsEventsAndInForcePeriods() {
    Narrative narrative = TestNarratives.valid()
        .addEras(era("sixties", "1961/1970"), era("seventies", "1971/1980"))
        .addEvents(Event.builder().from(CONGRESS).participants(List.of()).build())
        .addPolicyLines(PolicyLine.builder().id("plan").name("Seven-year plan").adopted(HistoricalDate.ofYear(1961))
            .inForce(Period.parse("1961/1970")).addEras("sixties")
            .addPriorities(SectorPriority.of("industry", PriorityMode.PARALLEL)).build(),
            PolicyLine.builder().id("long").name("Long line").inForce(Period.parse("1958/1975"))
                .addPriorities(SectorPriority.of("industry", PriorityMode.SIMULTANEOUS)).build())
        .build();

    SectorPriorityMatrix matrix = SectorPriorityMatrix.of(narrative);
    assertThat(matrix.priority("industry", "post-war")).contains(PriorityMode.SIMULTANEOUS);
    assertThat(matrix.priority("industry", "sixties")).contains(PriorityMode.PARALLEL);
    assertThat(matrix.priority("industry", "seventies")).contains(PriorityMode.SIMULTANEOUS);

    assertThat(Timeline.of(narrative).entries()).extracting(e -> e.ref().toString(), e -> e.when().toEdtf())
        .contains(tuple("policy-line:plan", "1961/1970"), tuple("policy-line:long", "1958/1975"),
            tuple("event:seventh-congress", "2016-05"));
  }
}
