package org.policynarrative.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.policynarrative.core.Actor;
import org.policynarrative.core.ActorKind;
import org.policynarrative.core.ActorRole;
import org.policynarrative.core.Anchor;
import org.policynarrative.core.Claim;
import org.policynarrative.core.ClaimKind;
import org.policynarrative.core.ClaimRelation;
import org.policynarrative.core.CodeDefinition;
import org.policynarrative.core.CodeScheme;
import org.policynarrative.core.EncoderNote;
import org.policynarrative.core.EntityKind;
import org.policynarrative.core.Era;
import org.policynarrative.core.Event;
import org.policynarrative.core.Figure;
import org.policynarrative.core.FigureSeries;
import org.policynarrative.core.FigureStatus;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.NarrativeValidator;
import org.policynarrative.core.PolicyLine;
import org.policynarrative.core.PriorityMode;
import org.policynarrative.core.RelationType;
import org.policynarrative.core.Sector;
import org.policynarrative.core.SectorPriority;
import org.policynarrative.core.Source;
import org.policynarrative.core.SourceText;
import org.policynarrative.core.StatedAs;
import org.policynarrative.core.Timeline;
import org.policynarrative.core.TimelineEntry;
import org.policynarrative.core.ValidationReport;
import org.policynarrative.core.Vocabulary;

/**
 * {@link SampleNarratives#firstFiveYearPlan()} keeps its promises: it validates against its texts
 * with no problem, says it is a fixture, and uses every feature of model v2, so that the adapters'
 * tests that start from it cannot silently lose coverage.
 */
class SampleNarrativesTest {

  private static final Narrative PLAN = SampleNarratives.firstFiveYearPlan();
  private static final List<SourceText> TEXTS = SampleNarratives.firstFiveYearPlanTexts();

  @Test
  void theFirstFiveYearPlanValidatesAgainstItsTextsWithNoProblem() {
    ValidationReport report = NarrativeValidator.validate(PLAN, TEXTS);
    assertThat(report.problems()).as(report.toString()).isEmpty();
    assertThat(TEXTS).extracting(SourceText::sourceId).containsExactly("report-ko", "report-en");
  }

  @Test
  void everyAnchorQuotesItsOwnTextAtItsOffsets() {
    Map<String, SourceText> texts = TEXTS.stream().collect(Collectors.toMap(SourceText::sourceId, t -> t));
    for (Claim claim : PLAN.claims()) {
      for (Anchor anchor : claim.anchors()) {
        SourceText text = texts.get(anchor.source());
        assertThat(text).as(claim.id()).isNotNull();
        assertThat(text.slice(anchor.start().orElseThrow(), anchor.end().orElseThrow()))
            .as(claim.id()).contains(anchor.exact());
      }
    }
  }

  @Test
  void itSaysPlainlyThatItIsAFixtureNotData() {
    String fixture = "nothing here is data about any real state";
    assertThat(PLAN.title()).contains("fictional");
    assertThat(PLAN.description()).hasValueSatisfying(d -> assertThat(d).contains("test fixture", fixture));
    assertThat(PLAN.sources()).allSatisfy(s -> assertThat(s.note()).hasValueSatisfying(n -> assertThat(n).contains(fixture)));
  }

  @Test
  void actorsOfEveryKindInEveryRole() {
    assertThat(PLAN.actors().stream().map(Actor::kind).collect(Collectors.toSet()))
        .isEqualTo(EnumSet.allOf(ActorKind.class));
    assertThat(PLAN.policyLines().stream().flatMap(l -> l.roles().stream()).map(r -> r.role())
        .collect(Collectors.toSet())).isEqualTo(EnumSet.allOf(ActorRole.class));
    assertThat(PLAN.policyLines()).anyMatch(l -> l.adoptedAtEvent().isPresent());
    assertThat(PLAN.events()).anyMatch(e -> e.when().isPresent() && e.place().isPresent() && e.participants().size() > 1);
    assertThat(PLAN.claims()).anyMatch(c -> c.about().stream().anyMatch(r -> r.kind() == EntityKind.EVENT));
    assertThat(PLAN.claims()).anyMatch(c -> c.causes().stream().anyMatch(r -> r.kind() == EntityKind.ACTOR));
  }

  @Test
  void figuresStatedInEveryWayWithEveryStatusUnitsAndBaselines() {
    List<Figure> figures = PLAN.claims().stream().flatMap(c -> c.figures().stream()).toList();
    assertThat(figures.stream().map(Figure::statedAs).collect(Collectors.toSet())).isEqualTo(EnumSet.allOf(StatedAs.class));
    assertThat(figures.stream().map(Figure::status).collect(Collectors.toSet()))
        .isEqualTo(EnumSet.allOf(FigureStatus.class));
    assertThat(figures).anyMatch(f -> f.ucum().isPresent() && f.unit().isPresent() && f.period().isPresent()
        && f.sector().isPresent());
    assertThat(figures).anyMatch(f -> f.statedAs() == StatedAs.RANGE && f.upTo().isPresent());
    assertThat(figures).anyMatch(f -> f.statedAs() == StatedAs.MULTIPLE && f.baselinePeriod().isPresent());
    assertThat(figures).anyMatch(f -> f.statedAs() == StatedAs.PERCENTAGE && f.baselinePeriod().isPresent()
        && f.baselineAmount().isPresent());
    // Decimals as written: 3.0 keeps its one place.
    assertThat(figures).anyMatch(f -> f.amount().equals(Optional.of(new BigDecimal("3.0"))));
    assertThat(FigureSeries.of(PLAN).of("steel output")).hasSizeGreaterThanOrEqualTo(4);
    assertThat(PLAN.claims()).anyMatch(c -> c.kind().equals(Optional.of(ClaimKind.STATISTIC)));
  }

  @Test
  void claimRelationsOfEveryBuiltInTypeAndADeclaredOne() {
    Set<RelationType> used = PLAN.claims().stream().flatMap(c -> c.relations().stream()).map(ClaimRelation::type)
        .collect(Collectors.toSet());
    assertThat(used).containsAll(List.of(RelationType.values()));
    assertThat(used).anyMatch(t -> !t.isBuiltIn() && Vocabulary.of(PLAN).isKnown(CodeScheme.RELATION_TYPE, t.code()));
  }

  @Test
  void declaredCodesOfEverySchemeWithBroaderCodesInUse() {
    Vocabulary vocabulary = Vocabulary.of(PLAN);
    for (CodeScheme scheme : CodeScheme.values()) {
      assertThat(PLAN.vocabulary()).as("%s", scheme).anyMatch(d -> d.scheme() == scheme && d.broader().isPresent());
    }
    // A declared code that narrows another declared code, and one that narrows nothing.
    assertThat(PLAN.vocabulary()).anyMatch(d -> d.broader().isPresent()
        && vocabulary.declaration(d.scheme(), d.broader().get()).isPresent());
    assertThat(PLAN.vocabulary()).anyMatch(d -> d.broader().isEmpty());
    assertThat(PLAN.claims().stream().map(c -> c.kind().orElseThrow())).anyMatch(k -> !k.isBuiltIn()
        && vocabulary.rollUp(k).equals(ClaimKind.ACHIEVEMENT)
        && vocabulary.declaration(CodeScheme.CLAIM_KIND, k.code()).flatMap(CodeDefinition::broader)
            .filter(b -> !b.equals(ClaimKind.ACHIEVEMENT.code())).isPresent());
    List<PriorityMode> modes = priorities().map(SectorPriority::mode).toList();
    assertThat(modes).anyMatch(m -> !m.isBuiltIn() && vocabulary.rollUp(m).equals(PriorityMode.TOP_PRIORITY));
    assertThat(modes).anyMatch(m -> !m.isBuiltIn() && vocabulary.rollUp(m).equals(m));
  }

  @Test
  void parallelBesideSimultaneousAndAJustification() {
    List<PriorityMode> modes = priorities().map(SectorPriority::mode).toList();
    assertThat(modes).contains(PriorityMode.PARALLEL, PriorityMode.SIMULTANEOUS, PriorityMode.PREFERENTIAL);
    assertThat(PLAN.claims()).anyMatch(c -> c.kind().equals(Optional.of(ClaimKind.JUSTIFICATION)) && !c.justifies().isEmpty());
  }

  @Test
  void claimsAnchoredInTheTranslationAndInTheOriginalItNames() {
    Source translation = PLAN.source("report-en").orElseThrow();
    assertThat(translation.translationOf()).contains("report-ko");
    assertThat(PLAN.claims()).filteredOn(c -> c.anchor().source().equals("report-en"))
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c.otherAnchors()).extracting(Anchor::source).containsExactly("report-ko"));
    assertThat(PLAN.claims()).filteredOn(c -> c.anchor().source().equals("report-ko"))
        .singleElement().satisfies(c -> {
          assertThat(c.otherAnchors()).isEmpty();
          assertThat(c.encoderNotes()).isNotEmpty();
        });
  }

  @Test
  void linesInForceAmendedSupersededContinuedAndLabelled() {
    assertThat(PLAN.policyLines()).anyMatch(l -> l.inForce().isPresent() && l.adopted().isPresent());
    assertThat(PLAN.policyLines()).anyMatch(l -> l.inForce().isPresent() && l.adopted().isEmpty());
    assertThat(PLAN.policyLines()).anyMatch(l -> l.amends().isPresent());
    assertThat(PLAN.policyLines()).anyMatch(l -> l.supersedes().isPresent());
    assertThat(PLAN.policyLines()).anyMatch(l -> l.continues().isPresent());
    assertThat(PLAN.policyLines()).anyMatch(l -> l.adopted().flatMap(d -> d.asWritten()).isPresent());
    // The timeline places lines at their in-force periods and shows the dated events.
    List<TimelineEntry> timeline = Timeline.of(PLAN).entries();
    assertThat(timeline).filteredOn(e -> e.ref().kind() == EntityKind.EVENT).hasSize(PLAN.events().size());
    assertThat(timeline).anySatisfy(e -> {
      assertThat(e.ref().id()).isEqualTo("first-five-year-plan");
      assertThat(e.when().toEdtf()).isEqualTo("1957/1961");
    });
  }

  @Test
  void koreanLabelsIdentifiersAndEncodersNotesOnEveryKindOfEntityThatHasThem() {
    assertEvery("labels", PLAN.eras(), Era::labels);
    assertEvery("labels", PLAN.sectors(), Sector::labels);
    assertEvery("labels", PLAN.policyLines(), PolicyLine::labels);
    assertEvery("labels", PLAN.actors(), Actor::labels);
    assertEvery("labels", PLAN.events(), Event::labels);
    for (List<? extends Map<String, String>> labels : List.of(
        PLAN.eras().stream().map(Era::labels).toList(), PLAN.actors().stream().map(Actor::labels).toList())) {
      assertThat(labels).allSatisfy(l -> assertThat(l).containsKey("ko"));
    }

    assertSome("identifiers", PLAN.eras(), Era::identifiers);
    assertSome("identifiers", PLAN.sectors(), Sector::identifiers);
    assertSome("identifiers", PLAN.policyLines(), PolicyLine::identifiers);
    assertSome("identifiers", PLAN.actors(), Actor::identifiers);
    assertSome("identifiers", PLAN.events(), Event::identifiers);

    assertSome("encoder's notes", PLAN.sources(), Source::encoderNotes);
    assertSome("encoder's notes", PLAN.eras(), Era::encoderNotes);
    assertSome("encoder's notes", PLAN.sectors(), Sector::encoderNotes);
    assertSome("encoder's notes", PLAN.policyLines(), PolicyLine::encoderNotes);
    assertSome("encoder's notes", PLAN.actors(), Actor::encoderNotes);
    assertSome("encoder's notes", PLAN.events(), Event::encoderNotes);
    assertSome("encoder's notes", PLAN.claims(), Claim::encoderNotes);
    assertThat(Stream.of(PLAN.sources(), PLAN.policyLines(), PLAN.claims()).flatMap(List::stream)
        .flatMap(SampleNarrativesTest::notes)).anyMatch(n -> n.author().isPresent());
  }

  private static Stream<EncoderNote> notes(Object entity) {
    if (entity instanceof Source s) {
      return s.encoderNotes().stream();
    }
    if (entity instanceof PolicyLine l) {
      return l.encoderNotes().stream();
    }
    return ((Claim) entity).encoderNotes().stream();
  }

  private static Stream<SectorPriority> priorities() {
    return PLAN.policyLines().stream().flatMap(l -> l.priorities().stream());
  }

  private static <T> void assertEvery(String what, List<T> entities, Function<T, Map<String, String>> labels) {
    assertThat(entities).as(what).isNotEmpty().allSatisfy(e -> assertThat(labels.apply(e)).as("%s of %s", what, e)
        .isNotEmpty());
  }

  private static <T> void assertSome(String what, List<T> entities, Function<T, List<?>> values) {
    assertThat(entities.stream().map(values).filter(Objects::nonNull)).as("%s on some %s", what,
        entities.isEmpty() ? "entity" : entities.get(0).getClass().getSimpleName()).anyMatch(v -> !v.isEmpty());
  }
}
