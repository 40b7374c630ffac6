package org.policynarrative.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code @Value.Check} of the model: for each invariant one value that passes and one that
 * fails with an {@link IllegalArgumentException} naming the attribute.
 */
class ModelInvariantsTest {

  /** One invariant: a value that must build, and a value that must not, naming {@code attribute}. */
  static Arguments invariant(String attribute, ThrowingCallable valid, ThrowingCallable invalid) {
    return Arguments.of(attribute, valid, invalid);
  }

  static Stream<Arguments> invariants() {
    return Stream.of(
        // Narrative
        invariant("Narrative.id", () -> narrative("a-1", "t", "en", "1").build(), () -> narrative("A1", "t", "en", "1").build()),
        invariant("Narrative.id", () -> narrative("1", "t", "en", "1").build(), () -> narrative("-a", "t", "en", "1").build()),
        invariant("Narrative.title", () -> narrative("n", "T", "en", "1").build(), () -> narrative("n", " \t", "en", "1").build()),
        invariant("Narrative.language", () -> narrative("n", "t", "ko-KP", "1").build(),
            () -> narrative("n", "t", "not a tag", "1").build()),
        invariant("Narrative.language", () -> narrative("n", "t", "en", "1").build(),
            () -> narrative("n", "t", "x-private", "1").build()),
        invariant("Narrative.version", () -> narrative("n", "t", "en", "2024-05-01").build(),
            () -> narrative("n", "t", "en", "").build()),
        invariant("Narrative.description", () -> narrative("n", "t", "en", "1").description("d").build(),
            () -> narrative("n", "t", "en", "1").description(" ").build()),
        // Source
        invariant("Source.id", () -> Source.builder().id("portal").build(), () -> Source.builder().id("Portal").build()),
        invariant("Source.title", () -> source().title("t").build(), () -> source().title("").build()),
        invariant("Source.publisher", () -> source().publisher("p").build(), () -> source().publisher(" ").build()),
        invariant("Source.url", () -> source().url("https://example.org").build(), () -> source().url("").build()),
        invariant("Source.language", () -> source().language("en").build(), () -> source().language("english!").build()),
        invariant("Source.sha256", () -> source().sha256("a".repeat(64)).build(),
            () -> source().sha256("A".repeat(64)).build()),
        invariant("Source.sha256", () -> source().sha256("0".repeat(64)).build(),
            () -> source().sha256("0".repeat(63)).build()),
        invariant("Source.note", () -> source().note("n").build(), () -> source().note(" ").build()),
        // Era
        invariant("Era.id", () -> era("arduous-march", "n").build(), () -> era("arduous march", "n").build()),
        invariant("Era.name", () -> era("e", "N").build(), () -> era("e", " ").build()),
        invariant("Era.labels", () -> era("e", "n").putLabels("ko", "고난의 행군").build(),
            () -> era("e", "n").putLabels("korean language", "고난의 행군").build()),
        invariant("Era.labels.ko", () -> era("e", "n").putLabels("ko", "행군").build(), () -> era("e", "n").putLabels("ko", " ").build()),
        invariant("Era.alternativeNames", () -> era("e", "n").addAlternativeNames("x").build(),
            () -> era("e", "n").addAlternativeNames("").build()),
        invariant("Era.summary", () -> era("e", "n").summary("s").build(), () -> era("e", "n").summary("").build()),
        invariant("Era.source", () -> era("e", "n").source("portal").build(), () -> era("e", "n").source("the portal").build()),
        // Sector
        invariant("Sector.id", () -> sector("light-industry", "n").build(), () -> sector("light_industry", "n").build()),
        invariant("Sector.name", () -> sector("s", "n").build(), () -> sector("s", "  ").build()),
        invariant("Sector.labels", () -> sector("s", "n").putLabels("ko", "경공업").build(),
            () -> sector("s", "n").putLabels("", "경공업").build()),
        invariant("Sector.labels.ko", () -> sector("s", "n").putLabels("ko", "경공업").build(),
            () -> sector("s", "n").putLabels("ko", "").build()),
        invariant("Sector.broader", () -> sector("s", "n").broader("industry").build(), () -> sector("s", "n").broader("Industry").build()),
        invariant("Sector.broader", () -> sector("a", "n").broader("b").build(), () -> sector("a", "n").broader("a").build()),
        invariant("Sector.description", () -> sector("s", "n").description("d").build(), () -> sector("s", "n").description(" ").build()),
        // SectorMapping
        invariant("SectorMapping.scheme", () -> SectorMapping.of("COFOG", "04.2", MappingRelation.EXACT),
            () -> SectorMapping.of(" ", "04.2", MappingRelation.EXACT)),
        invariant("SectorMapping.code", () -> SectorMapping.of("ISIC-4", "A", MappingRelation.BROADER),
            () -> SectorMapping.of("ISIC-4", "", MappingRelation.BROADER)),
        // SectorPriority
        invariant("SectorPriority.sector", () -> SectorPriority.of("agriculture", PriorityMode.SIMULTANEOUS),
            () -> SectorPriority.of("Agriculture", PriorityMode.SIMULTANEOUS)),
        invariant("SectorPriority.rank", () -> priority().rank(1).build(), () -> priority().rank(0).build()),
        invariant("SectorPriority.wording", () -> priority().wording("preferentially").build(),
            () -> priority().wording(" ").build()),
        // PolicyLine
        invariant("PolicyLine.id", () -> line("songun", "n").build(), () -> line("Songun", "n").build()),
        invariant("PolicyLine.name", () -> line("l", "n").build(), () -> line("l", "").build()),
        invariant("PolicyLine.statement", () -> line("l", "n").statement("s").build(), () -> line("l", "n").statement(" ").build()),
        invariant("PolicyLine.adoptedBy", () -> line("l", "n").adoptedBy("WPK").build(), () -> line("l", "n").adoptedBy("").build()),
        invariant("PolicyLine.adoptedAt", () -> line("l", "n").adoptedAt("Seventh Congress").build(),
            () -> line("l", "n").adoptedAt(" ").build()),
        invariant("PolicyLine.eras", () -> line("l", "n").addEras("post-war").build(), () -> line("l", "n").addEras("post war").build()),
        invariant("PolicyLine.supersedes", () -> line("l", "n").supersedes("old").build(), () -> line("l", "n").supersedes("Old").build()),
        invariant("PolicyLine.continues", () -> line("l", "n").continues("old").build(), () -> line("l", "n").continues("").build()),
        invariant("PolicyLine.supersedes must not name the line itself ('l')", () -> line("l", "n").supersedes("k").build(),
            () -> line("l", "n").supersedes("l").build()),
        invariant("PolicyLine.continues must not name the line itself ('l')", () -> line("l", "n").continues("k").build(),
            () -> line("l", "n").continues("l").build()),
        // EntityRef
        invariant("EntityRef.id", () -> EntityRef.sector("agriculture"), () -> EntityRef.sector("")),
        invariant("EntityRef.id", () -> EntityRef.parse("policy-line:songun"), () -> EntityRef.parse("era:Songun")),
        // Anchor
        invariant("Anchor.source", () -> anchor("portal", "quote").build(), () -> anchor("Portal", "quote").build()),
        invariant("Anchor.exact", () -> anchor("s", " ").build(), () -> anchor("s", "").build()),
        invariant("Anchor.end must be given together with Anchor.start", () -> anchor("s", "quote").start(0).end(5).build(),
            () -> anchor("s", "quote").start(0).build()),
        invariant("Anchor.start must be given together with Anchor.end", () -> anchor("s", "quote").start(0).end(5).build(),
            () -> anchor("s", "quote").end(5).build()),
        invariant("Anchor.start", () -> anchor("s", "quote").start(0).end(5).build(), () -> anchor("s", "quote").start(-1).end(4).build()),
        invariant("Anchor.end must not be less than Anchor.start", () -> anchor("s", "quote").start(10).end(10).build(),
            () -> anchor("s", "quote").start(10).end(9).build()),
        // Assessment
        invariant("Assessment.assessor", () -> assessment("a", Verdict.UNVERIFIED).build(), () -> assessment(" ", Verdict.UNVERIFIED).build()),
        invariant("Assessment.ratingLabel", () -> assessment("a", Verdict.UNVERIFIED).ratingLabel("Mostly false").build(),
            () -> assessment("a", Verdict.UNVERIFIED).ratingLabel("").build()),
        invariant("Assessment.note", () -> assessment("a", Verdict.UNVERIFIED).note("n").build(), () -> assessment("a", Verdict.UNVERIFIED).note(" ").build()),
        invariant("Assessment.references", () -> assessment("a", Verdict.UNVERIFIED).addReferences("https://example.org").build(),
            () -> assessment("a", Verdict.UNVERIFIED).addReferences(" ").build()),
        invariant("Assessment.references", () -> assessment("a", Verdict.DISPUTED).addReferences("r").build(),
            () -> assessment("a", Verdict.DISPUTED).build()),
        // Claim
        invariant("Claim.id", () -> claim("c-1", "s", "a").build(), () -> claim("c 1", "s", "a").build()),
        invariant("Claim.statement", () -> claim("c", "s", "a").build(), () -> claim("c", " ", "a").build()),
        invariant("Claim.assertedBy", () -> claim("c", "s", "KCNA").build(), () -> claim("c", "s", "").build()),
        invariant("Claim.extractedBy", () -> claim("c", "s", "a").extractedBy("editor").build(), () -> claim("c", "s", "a").extractedBy(" ").build()));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("invariants")
  void eachInvariantAcceptsAValidValueAndRejectsAnInvalidOneNamingTheAttribute(
      String attribute, ThrowingCallable valid, ThrowingCallable invalid) {
    assertThatCode(valid).doesNotThrowAnyException();
    assertThatThrownBy(invalid).isInstanceOf(InvalidValueException.class).hasMessageContaining(attribute)
        .satisfies(e -> {
          InvalidValueException failure = (InvalidValueException) e;
          assertThat(failure.getMessage()).startsWith(failure.type() + "." + failure.attribute() + " ")
              .endsWith(failure.reason());
          assertThat(attribute).startsWith(failure.type());
        });
  }

  @Test
  void invalidValuesAreQuotedInTheMessage() {
    assertThatThrownBy(() -> Era.builder().id("Bad Id").name("n").period(Period.parse("1953")).build())
        .hasMessage("Era.id must be a slug ([a-z0-9][a-z0-9-]*), but was 'Bad Id'");
  }

  @Nested
  class Builders {

    @Test
    void aLaterSetterReplacesAnEarlierOne() {
      assertThat(Era.builder().id("a").id("b").name("n").period(Period.parse("1953")).build().id()).isEqualTo("b");
      assertThat(Claim.builder().from(claim("c", "s", "a").build()).anchor(anchor("s", "other").build()).build()
          .anchor().exact()).isEqualTo("other");
    }

    @Test
    void fromCopiesAValueSoThatChangingOneThingIsOneCall() {
      Era era = Era.builder().id("post-war").name("Post-war").period(Period.parse("1953")).putLabels("ko", "전후")
          .summary("d").build();
      Era renamed = Era.builder().from(era).name("Post-war reconstruction").build();
      assertThat(renamed.name()).isEqualTo("Post-war reconstruction");
      assertThat(renamed).isEqualTo(Era.builder().id("post-war").name("Post-war reconstruction")
          .period(Period.parse("1953")).putLabels("ko", "전후").summary("d").build());
      Narrative narrative = Narrative.builder().id("n").title("t").language("en").version("1").addEras(era).build();
      Narrative more = Narrative.builder().from(narrative).addEras(Era.builder().from(renamed).id("reconstruction").build()).build();
      assertThat(more.eras()).hasSize(2).startsWith(era);
    }

    @Test
    void aMissingRequiredAttributeIsNamedWithItsType() {
      assertThatThrownBy(() -> Era.builder().id("a").name("n").build())
          .isInstanceOf(InvalidValueException.class).hasMessage("Era.period is required")
          .satisfies(e -> {
            InvalidValueException failure = (InvalidValueException) e;
            assertThat(failure.type()).isEqualTo("Era");
            assertThat(failure.attribute()).isEqualTo("period");
            assertThat(failure.reason()).isEqualTo("is required");
          });
    }

    @Test
    void everyMissingRequiredAttributeIsNamed() {
      assertThatThrownBy(() -> Narrative.builder().language("en").build())
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("Narrative.id, Narrative.title and Narrative.version are required")
          .satisfies(e -> assertThat(((InvalidValueException) e).attributes()).containsExactly("id", "title", "version"));
    }

    @Test
    void nullsAreRejected() {
      assertThatThrownBy(() -> Era.builder().id(null)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> Narrative.builder().addEras((Era) null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void absentValuesAreEmptyOptionalsAndCollectionsAreEmptyNeverNull() {
      Source source = Source.builder().id("s").build();
      assertThat(List.of(source.title(), source.publisher(), source.published(), source.url(),
          source.language(), source.sha256(), source.note())).allMatch(java.util.Optional::isEmpty);

      Era era = era("e", "n").build();
      assertThat(era.labels()).isEmpty();
      assertThat(era.alternativeNames()).isEmpty();
      assertThat(era.summary()).isEmpty();
      assertThat(era.source()).isEmpty();

      Sector sector = sector("s", "n").build();
      assertThat(sector.broader()).isEmpty();
      assertThat(sector.mappings()).isEmpty();

      PolicyLine line = line("l", "n").build();
      assertThat(line.eras()).isEmpty();
      assertThat(line.priorities()).isEmpty();
      assertThat(line.adopted()).isEmpty();
      assertThat(line.supersedes()).isEmpty();
      assertThat(line.continues()).isEmpty();
      assertThat(line.durability()).isEqualTo(Durability.UNSTATED);

      Claim claim = claim("c", "s", "a").build();
      assertThat(claim.about()).isEmpty();
      assertThat(claim.causes()).isEmpty();
      assertThat(claim.effects()).isEmpty();
      assertThat(claim.assessments()).isEmpty();
      assertThat(claim.refersTo()).isEmpty();
      assertThat(claim.verdict()).isEqualTo(Verdict.UNVERIFIED);

      Narrative narrative = narrative("n", "t", "en", "1").build();
      assertThat(narrative.sources()).isEmpty();
      assertThat(narrative.claims()).isEmpty();
      assertThat(narrative.description()).isEmpty();
    }

    @Test
    void collectionsAreUnmodifiable() {
      Narrative narrative = TestNarratives.valid().build();
      assertThatThrownBy(() -> narrative.eras().clear()).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> era("e", "n").putLabels("ko", "x").build().labels().clear())
          .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void valuesWithTheSameAttributesAreEqual() {
      assertThat(EntityRef.sector("a")).isEqualTo(EntityRef.parse("sector:a")).hasSameHashCodeAs(EntityRef.sector("a"));
      assertThat(TestNarratives.valid().build()).isEqualTo(TestNarratives.valid().build());
    }

    @Test
    void theVerdictIsTheLastAssessments() {
      Claim claim = claim("c", "s", "a")
          .addAssessments(assessment("a", Verdict.DISPUTED).addReferences("r1").build())
          .addAssessments(assessment("a", Verdict.SUPPORTED).addReferences("r2").build())
          .build();
      assertThat(claim.verdict()).isEqualTo(Verdict.SUPPORTED);
    }
  }

  @Nested
  class EntityRefText {

    @Test
    void printsAndParsesKindColonId() {
      EntityRef ref = EntityRef.policyLine("songun-line");
      assertThat(ref).hasToString("policy-line:songun-line");
      assertThat(EntityRef.parse(ref.toString())).isEqualTo(ref);
    }

    @Test
    void rejectsTextWithoutAColonOrWithAnUnknownKind() {
      assertThatThrownBy(() -> EntityRef.parse("agriculture"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("KIND:ID");
      assertThatThrownBy(() -> EntityRef.parse("claim:c1"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("era, sector, policy-line, source");
    }
  }

  private static Narrative.Builder narrative(String id, String title, String language, String version) {
    return Narrative.builder().id(id).title(title).language(language).version(version);
  }

  private static Source.Builder source() {
    return Source.builder().id("s");
  }

  private static Era.Builder era(String id, String name) {
    return Era.builder().id(id).name(name).period(Period.parse("1953"));
  }

  private static Sector.Builder sector(String id, String name) {
    return Sector.builder().id(id).name(name);
  }

  private static SectorPriority.Builder priority() {
    return SectorPriority.builder().sector("s").mode(PriorityMode.TOP_PRIORITY);
  }

  private static PolicyLine.Builder line(String id, String name) {
    return PolicyLine.builder().id(id).name(name);
  }

  private static Anchor.Builder anchor(String source, String exact) {
    return Anchor.builder().source(source).exact(exact);
  }

  private static Assessment.Builder assessment(String assessor, Verdict verdict) {
    return Assessment.builder().assessor(assessor).verdict(verdict);
  }

  private static Claim.Builder claim(String id, String statement, String assertedBy) {
    return Claim.builder().id(id).statement(statement).kind(ClaimKind.OBJECTIVE).assertedBy(assertedBy)
        .anchor(anchor("s", "quote").build());
  }
}
