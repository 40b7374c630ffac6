package org.policynarrative.examples.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.policynarrative.core.Anchor;
import org.policynarrative.core.CalendarModel;
import org.policynarrative.core.Claim;
import org.policynarrative.core.ClaimKind;
import org.policynarrative.core.Durability;
import org.policynarrative.core.EntityRef;
import org.policynarrative.core.MappingRelation;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.NarrativeValidator;
import org.policynarrative.core.PriorityMode;
import org.policynarrative.core.SectorMapping;
import org.policynarrative.core.SectorPriorityMatrix;
import org.policynarrative.core.SourceText;
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
