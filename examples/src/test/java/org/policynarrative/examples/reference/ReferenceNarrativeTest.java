package org.policynarrative.examples.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.policynarrative.core.Actor;
import org.policynarrative.core.ActorKind;
import org.policynarrative.core.ActorRole;
import org.policynarrative.core.Anchor;
import org.policynarrative.core.CalendarModel;
import org.policynarrative.core.Claim;
import org.policynarrative.core.ClaimKind;
import org.policynarrative.core.ClaimRelation;
import org.policynarrative.core.Durability;
import org.policynarrative.core.EntityRef;
import org.policynarrative.core.Event;
import org.policynarrative.core.Figure;
import org.policynarrative.core.FigureSeries;
import org.policynarrative.core.FigureStatus;
import org.policynarrative.core.LineRole;
import org.policynarrative.core.MappingRelation;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.NarrativeValidator;
import org.policynarrative.core.PolicyLine;
import org.policynarrative.core.PriorityMode;
import org.policynarrative.core.RelationType;
import org.policynarrative.core.SectorMapping;
import org.policynarrative.core.SectorPriorityMatrix;
import org.policynarrative.core.SourceText;
import org.policynarrative.core.StatedAs;
import org.policynarrative.core.ValidationReport;
import org.policynarrative.core.Verdict;

class ReferenceNarrativeTest {

  private static final Narrative NARRATIVE = ReferenceNarrative.narrative();
  private static final SourceText TEXT = ReferenceNarrative.sourceText();

  @Test
  void shippedTextHasTheHashOfItsProvenanceNote() throws IOException {
    String note;
    try (InputStream in = ReferenceNarrative.class.getResourceAsStream("SOURCE.md")) {
      assertThat(in).as("SOURCE.md beside the text").isNotNull();
      note = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Matcher m = Pattern.compile("sha256: ([0-9a-f]{64})").matcher(note);
    assertThat(m.find()).as("SOURCE.md records a sha256").isTrue();
    assertThat(TEXT.sha256()).isEqualTo(m.group(1));
    assertThat(NARRATIVE.source(ReferenceNarrative.ID).orElseThrow().sha256()).contains(m.group(1));
  }

  @Test
  void validatorWithTheSourceTextReportsNoProblem() {
    ValidationReport report = NarrativeValidator.validate(NARRATIVE, List.of(TEXT));
    assertThat(report.problems()).as(report.toString()).isEmpty();
  }

  @Test
  void everyAnchorQuotesTheTextAtItsOffsets() {
    for (Claim claim : NARRATIVE.claims()) {
      Anchor anchor = claim.anchor();
      assertThat(anchor.start()).as(claim.id()).isPresent();
      assertThat(TEXT.slice(anchor.start().get(), anchor.end().get()))
          .as(claim.id()).contains(anchor.exact());
      assertThat(TEXT.occurrences(anchor.exact())).as(claim.id() + " quote is unique").hasSize(1);
    }
  }

  @Test
  void theSplitterFindsTheTextsTwentyFourSentences() {
    List<Sentences.Sentence> sentences = Sentences.split(TEXT.text());
    assertThat(sentences).hasSize(24);
    assertThat(sentences.get(0).text()).startsWith("The DPRK consistently adheres").endsWith("construction.");
    assertThat(sentences.get(23).text()).startsWith("The Seventh Congress").endsWith("economic giant.");
    for (Sentences.Sentence s : sentences) {
      assertThat(TEXT.slice(s.start(), s.end())).contains(s.text());
    }
  }

  @Test
  void claimAnchorsCoverEverySentence() {
    List<Sentences.Sentence> missing = Coverage.uncovered(TEXT.text(), ReferenceNarrative.ID, NARRATIVE.claims());
    assertThat(missing).as("sentences not fully covered by claim anchors").isEmpty();
    assertThat(Coverage.share(TEXT.text(), ReferenceNarrative.ID, NARRATIVE.claims())).isEqualTo(1.0);
  }

  @Test
  void coverageDropsWhenAClaimIsLeftOut() {
    // The coverage check can fail: without the claim that quotes the second half of sentence 2,
    // that sentence is only partly covered and counts as uncovered.
    List<Claim> fewer = NARRATIVE.claims().stream()
        .filter(c -> !c.id().equals("foundations-laid-in-short-period"))
        .collect(Collectors.toList());
    List<Sentences.Sentence> missing = Coverage.uncovered(TEXT.text(), ReferenceNarrative.ID, fewer);
    assertThat(missing).singleElement().satisfies(s -> assertThat(s.text()).startsWith("True to the basic line"));
    assertThat(Coverage.share(TEXT.text(), ReferenceNarrative.ID, fewer)).isEqualTo(23 / 24.0);
  }

  @Test
  void everyClaimIsAttributedAndUnverified() {
    assertThat(NARRATIVE.claims()).hasSizeGreaterThanOrEqualTo(24).allSatisfy(claim -> {
      assertThat(claim.assertedBy()).isEqualTo(ReferenceNarrative.ASSERTED_BY);
      assertThat(claim.extractedBy()).contains(ReferenceNarrative.EXTRACTED_BY);
      assertThat(claim.assessments()).isEmpty();
      assertThat(claim.verdict()).isEqualTo(Verdict.UNVERIFIED);
      assertThat(claim.about()).isNotEmpty();
    });
    assertThat(NARRATIVE.claims()).filteredOn(c -> c.kind() == ClaimKind.CAUSAL_ATTRIBUTION)
        .allSatisfy(c -> assertThat(c.effects()).isNotEmpty());
  }

  @Test
  void theSourceRecordsOnlyWhatIsKnown() {
    var source = NARRATIVE.source(ReferenceNarrative.ID).orElseThrow();
    assertThat(source.language()).contains("en");
    assertThat(source.note()).hasValueSatisfying(n -> assertThat(n).contains("not recorded"));
    assertThat(source.publisher()).isEmpty();
    assertThat(source.url()).isEmpty();
    assertThat(source.published()).isEmpty();
  }

  @Test
  void erasKeepTheSourcesWordingAndSayWhatIsUndated() {
    var postWar = NARRATIVE.era("post-war-1953").orElseThrow();
    assertThat(postWar.period().text()).isEqualTo("Juche 42 (1953)");
    assertThat(postWar.period().start().orElseThrow().calendar()).isEqualTo(CalendarModel.JUCHE);
    assertThat(postWar.period().toEdtf()).isEqualTo("1953");
    assertThat(NARRATIVE.era("arduous-march").orElseThrow().labels()).containsEntry("ko", "고난의 행군");
    var mallima = NARRATIVE.era("mallima-era").orElseThrow();
    assertThat(mallima.labels().get("ko")).contains("만리마");
    assertThat(mallima.period().start().orElseThrow().isUncertain()).isTrue();
    assertThat(mallima.period().end()).isEmpty();
    assertThat(mallima.summary()).hasValueSatisfying(s -> assertThat(s).contains("gives no date"));
  }

  @Test
  void policyLinesCarryTheSourcesPriorities() {
    SectorPriorityMatrix matrix = SectorPriorityMatrix.of(NARRATIVE);
    assertThat(matrix.priority("national-economy", "the-1960s")).contains(PriorityMode.PARALLEL);
    assertThat(matrix.priority("defence", "the-1960s")).contains(PriorityMode.PARALLEL);
    assertThat(matrix.priority("nuclear-forces", "mallima-era")).contains(PriorityMode.PARALLEL);
    assertThat(matrix.priority("heavy-industry", "post-war-1953")).contains(PriorityMode.PREFERENTIAL);
    assertThat(matrix.priority("light-industry", "post-war-1953")).contains(PriorityMode.SIMULTANEOUS);
    assertThat(matrix.priority("defence-industry", "sengun-era")).contains(PriorityMode.PREFERENTIAL);
    assertThat(matrix.priority("agriculture", "sengun-era")).contains(PriorityMode.SIMULTANEOUS);
    assertThat(matrix.priority("science-and-technology", "mallima-era")).contains(PriorityMode.TOP_PRIORITY);
    assertThat(matrix.priority("agriculture", "mallima-era")).contains(PriorityMode.PRIORITIZED);
    assertThat(NARRATIVE.policyLine("economy-and-nuclear-forces").orElseThrow().durability())
        .isEqualTo(Durability.PERMANENT);
    assertThat(NARRATIVE.policyLine("five-year-strategy-2016").orElseThrow().adopted().orElseThrow().toEdtf())
        .isEqualTo("2016-05");
  }

  @Test
  void twoThingsDevelopedSimultaneouslyWithNeitherPreferredAreParallel() {
    // "simultaneously carrying on the economic construction and defence buildup" (1960s) and
    // "simultaneously conducting economic construction and building up the nuclear forces": parallel.
    for (String id : List.of("parallel-line-1960s", "economy-and-nuclear-forces")) {
      assertThat(NARRATIVE.policyLine(id).orElseThrow().priorities()).as(id)
          .hasSize(2).allSatisfy(p -> assertThat(p.mode()).isEqualTo(PriorityMode.PARALLEL));
    }
    // Beside a preferred sector, "simultaneous development" stays simultaneous (1953, the Sengun era).
    for (String id : List.of("basic-line-1953", "sengun-era-line")) {
      assertThat(NARRATIVE.policyLine(id).orElseThrow().priorities()).as(id)
          .extracting(p -> p.mode()).containsExactly(PriorityMode.PREFERENTIAL, PriorityMode.SIMULTANEOUS,
              PriorityMode.SIMULTANEOUS);
    }
  }

  @Test
  void theActorsAreThoseTheTextNamesUnderItsOwnNames() {
    assertThat(NARRATIVE.actors()).extracting(Actor::id, Actor::kind).containsExactly(
        tuple("dprk", ActorKind.STATE),
        tuple("us-imperialists", ActorKind.STATE),
        tuple("workers-party-of-korea", ActorKind.PARTY),
        tuple("imperialist-allied-forces", ActorKind.OTHER));
    assertThat(NARRATIVE.actor("us-imperialists").orElseThrow().name()).isEqualTo("US imperialists");
    assertThat(NARRATIVE.actor("us-imperialists").orElseThrow().encoderNotes()).singleElement()
        .satisfies(n -> assertThat(n.text()).contains("the source's own term"));
    // Every name and alternative name of an actor or event is the text's own wording.
    String text = TEXT.text().toLowerCase(Locale.ROOT);
    for (Actor actor : NARRATIVE.actors()) {
      assertThat(text).as(actor.id()).contains(actor.name().toLowerCase(Locale.ROOT));
      actor.alternativeNames().forEach(n -> assertThat(text).as(actor.id()).contains(n.toLowerCase(Locale.ROOT)));
    }
    for (Event event : NARRATIVE.events()) {
      assertThat(text).as(event.id()).contains(event.name().toLowerCase(Locale.ROOT));
    }
  }

  @Test
  void thePartyHasTypedRolesAndNoLineKeepsFreeTextAdoption() {
    assertThat(NARRATIVE.policyLines()).allSatisfy(line -> {
      assertThat(line.adoptedBy()).as(line.id()).isEmpty();
      assertThat(line.adoptedAt()).as(line.id()).isEmpty();
    });
    assertThat(NARRATIVE.policyLines()).filteredOn(l -> !l.roles().isEmpty()).extracting(PolicyLine::id)
        .containsExactly("parallel-line-1960s", "economy-and-nuclear-forces", "economic-giant-line",
            "five-year-strategy-2016");
    assertThat(NARRATIVE.policyLines()).flatExtracting(PolicyLine::roles)
        .containsOnly(LineRole.of(ActorRole.ADOPTED_BY, "workers-party-of-korea"));
  }

  @Test
  void theSeventhCongressIsAnEventWithThePartyAsParticipant() {
    Event congress = NARRATIVE.event("seventh-congress").orElseThrow();
    assertThat(congress.name()).isEqualTo("Seventh Congress of the Workers’ Party of Korea");
    assertThat(congress.when().orElseThrow().toEdtf()).isEqualTo("2016-05");
    assertThat(congress.participants()).containsExactly("workers-party-of-korea");
    assertThat(congress.place()).isEmpty();
    assertThat(NARRATIVE.policyLine("five-year-strategy-2016").orElseThrow().adoptedAtEvent())
        .contains("seventh-congress");
    assertThat(NARRATIVE.claimsAbout(EntityRef.event("seventh-congress"))).extracting(Claim::id)
        .containsExactly("five-year-strategy-set-forth");
    // The other events are the causes the text gives for the Arduous March, undated as the text leaves them.
    Claim causes = NARRATIVE.claim("arduous-march-causes").orElseThrow();
    assertThat(causes.causes()).containsExactly(EntityRef.event("disintegration-of-the-socialist-market"),
        EntityRef.actor("imperialist-allied-forces"), EntityRef.event("successive-natural-disasters"));
    assertThat(causes.effects()).containsExactly(EntityRef.era("arduous-march"));
    assertThat(NARRATIVE.events()).filteredOn(e -> !e.id().equals("seventh-congress"))
        .allSatisfy(e -> assertThat(e.when()).isEmpty());
  }

  @Test
  void claimsNameTheActorsTheyAreAbout() {
    assertThat(NARRATIVE.claimsAbout(EntityRef.actor("us-imperialists"))).extracting(Claim::id)
        .containsExactly("us-aggression-1960s", "sanctions-and-nuclear-threat");
    assertThat(NARRATIVE.claimsAbout(EntityRef.actor("imperialist-allied-forces"))).extracting(Claim::id)
        .containsExactly("arduous-march-causes", "isolation-moves-1990s");
    assertThat(NARRATIVE.claimsAbout(EntityRef.actor("workers-party-of-korea"))).extracting(Claim::id)
        .contains("parallel-line-advanced", "nuclear-line-set-out", "five-year-strategy-set-forth");
  }

  @Test
  void theReasonForTheNuclearLineIsAJustificationNotACause() {
    Claim reason = NARRATIVE.claim("nuclear-line-justified").orElseThrow();
    assertThat(reason.kind()).isEqualTo(ClaimKind.JUSTIFICATION);
    assertThat(reason.justifies()).containsExactly(EntityRef.policyLine("economy-and-nuclear-forces"));
    assertThat(reason.causes()).isEmpty();
    assertThat(reason.anchor().exact()).startsWith("To cope with the prevailing situation");
    Claim adoption = NARRATIVE.claim("nuclear-line-set-out").orElseThrow();
    assertThat(adoption.kind()).isEqualTo(ClaimKind.POLICY_ADOPTION);
    assertThat(adoption.anchor().start().orElseThrow()).isEqualTo(reason.anchor().end().orElseThrow() + 1);
    assertThat(NARRATIVE.claim("nuclear-line-permanent").orElseThrow().relations())
        .containsExactly(ClaimRelation.of(RelationType.ELABORATES, "nuclear-line-set-out"));
  }

  @Test
  void reducingTenYearsToOneIsASloganEncodedWithItsWordingNotAStatistic() {
    Claim claim = NARRATIVE.claim("mallima-golden-age").orElseThrow();
    assertThat(claim.kind()).isEqualTo(ClaimKind.CHARACTERISATION);
    Figure figure = claim.figures().get(0);
    assertThat(claim.figures()).hasSize(1);
    assertThat(figure.wording()).isEqualTo("reducing ten years to one");
    assertThat(claim.anchor().exact()).contains(figure.wording());
    assertThat(figure.statedAs()).isEqualTo(StatedAs.MULTIPLE);
    assertThat(figure.amount()).contains(new BigDecimal("10"));
    assertThat(figure.status()).isEqualTo(FigureStatus.RESULT);
    assertThat(figure.unit()).isEmpty();
    assertThat(figure.ucum()).isEmpty();
    assertThat(figure.period()).isEmpty();
    assertThat(figure.baselinePeriod()).isEmpty();
    assertThat(figure.baselineAmount()).isEmpty();
    assertThat(claim.encoderNotes()).singleElement()
        .satisfies(n -> assertThat(n.text()).contains("slogan of speed, not a measured figure"));
    // The only figure of the data set: no other sentence of the text states a quantity.
    assertThat(FigureSeries.of(NARRATIVE).indicators()).containsExactly("pace of advance");
    assertThat(NARRATIVE.claims()).filteredOn(c -> c.kind() == ClaimKind.STATISTIC).isEmpty();
  }

  @Test
  void sectorsFormAHierarchyFromHeavyIndustryToNanotechnology() {
    assertThat(broaderChain("basic-industries")).containsExactly("heavy-industry", "industry", "national-economy");
    assertThat(broaderChain("nanotechnology")).containsExactly("high-tech-industries", "industry", "national-economy");
    assertThat(broaderChain("nuclear-forces")).containsExactly("defence");
    assertThat(NARRATIVE.claimsAbout(EntityRef.sector("nanotechnology"))).extracting(Claim::id)
        .containsExactly("high-tech-industries-established");
  }

  @Test
  void everyEraAndPolicyLineTheTextNamesIsAnEntity() {
    assertThat(NARRATIVE.eras()).extracting(e -> e.id()).containsExactly("post-war-1953", "the-1960s",
        "arduous-march", "sengun-era", "mallima-era", "five-year-strategy");
    assertThat(NARRATIVE.policyLines()).extracting(l -> l.id()).containsExactly("independent-national-economy",
        "basic-line-1953", "parallel-line-1960s", "sengun-politics", "sengun-era-line", "economy-and-nuclear-forces",
        "economic-giant-line", "five-year-strategy-2016");
    assertThat(NARRATIVE.events()).extracting(e -> e.id()).containsExactly("disintegration-of-the-socialist-market",
        "successive-natural-disasters", "seventh-congress");
    assertThat(NARRATIVE.sectors()).extracting(s -> s.id()).contains("heavy-industry", "light-industry",
        "agriculture", "defence-industry", "basic-industries", "science-and-technology", "cnc-technology",
        "information-industry", "nanotechnology", "biological-industry", "nuclear-forces");
  }

  @Test
  void sectorsAreMappedOnlyWhereARelationHolds() {
    assertThat(NARRATIVE.sector("agriculture").orElseThrow().mappings())
        .contains(SectorMapping.of("COFOG", "04.2", MappingRelation.BROADER));
    assertThat(NARRATIVE.sector("defence-industry").orElseThrow().mappings())
        .extracting(SectorMapping::relation).containsOnly(MappingRelation.NARROWER);
    // Heavy industry overlaps ISIC B and C without a SKOS relation to either: left unmapped, and said so.
    var heavy = NARRATIVE.sector("heavy-industry").orElseThrow();
    assertThat(heavy.mappings()).isEmpty();
    assertThat(heavy.description()).hasValueSatisfying(d -> assertThat(d).contains("Not mapped"));
  }

  @Test
  void aQuoteThatOccursTwiceIsRefusedNotGuessed() {
    assertThatThrownBy(() -> TEXT.anchor("It prioritizes"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("occurs 2 times");
  }

  private static List<String> broaderChain(String id) {
    List<String> chain = new java.util.ArrayList<>();
    var current = NARRATIVE.sector(id).orElseThrow().broader();
    while (current.isPresent()) {
      chain.add(current.get());
      current = NARRATIVE.sector(current.get()).orElseThrow().broader();
    }
    return chain;
  }
}
