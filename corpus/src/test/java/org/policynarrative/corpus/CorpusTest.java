package org.policynarrative.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policynarrative.core.Claim;
import org.policynarrative.core.EntityRef;
import org.policynarrative.core.Era;
import org.policynarrative.core.HistoricalDate;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.Period;
import org.policynarrative.core.SectorPriorityMatrix;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.core.spi.NarrativeFormats;
import org.policynarrative.testing.GeneratedCorpus;

/**
 * The corpus questions, checked against a small independent oracle: the same question asked of each
 * narrative in memory with core's own queries, then put together.
 */
class CorpusTest {

  private static final List<Narrative> EDITIONS = GeneratedCorpus.editions(40, 12, 7);
  private static final List<Narrative> WITH_V2 = GeneratedCorpus.editionsWithV2(40, 12, 7);

  private static Path jsonLines(Path dir, List<Narrative> narratives) throws IOException {
    Path file = dir.resolve("corpus.jsonl");
    try (var out = Files.newOutputStream(file)) {
      NarrativeFormats.installed().byName("jsonl").orElseThrow().writeCorpus(narratives.iterator(), out);
    }
    return file;
  }

  @Test
  void claimsAboutAnEntityAcrossAJsonLinesCorpusAreThoseOfEachNarrativeInCorpusOrder(@TempDir Path dir)
      throws IOException {
    Corpus corpus = Corpus.open(jsonLines(dir, EDITIONS));
    EntityRef heavy = EntityRef.sector("heavy-industry");

    List<String> expected = new ArrayList<>();
    for (int i = 0; i < EDITIONS.size(); i++) {
      for (Claim claim : EDITIONS.get(i).claimsAbout(heavy)) {
        expected.add((i + 1) + " " + EDITIONS.get(i).id() + " " + claim.id());
      }
    }
    try (Stream<CorpusClaim> claims = corpus.claimsAbout(heavy)) {
      assertThat(claims.map(c -> c.line() + " " + c.narrativeId() + " " + c.claim().id()))
          .containsExactlyElementsOf(expected).isNotEmpty();
    }
  }

  @Test
  void claimsAboutAnExternalIdentifierJoinNarrativesThatGiveTheEntityDifferentIds() throws IOException {
    Narrative renamed = Narrative.builder().from(WITH_V2.get(1)).id("renamed")
        .sectors(WITH_V2.get(1).sectors().stream().map(s -> s.id().equals("heavy-industry")
            ? org.policynarrative.core.Sector.builder().from(s).id("industry-heavy").build() : s).toList())
        .claims(WITH_V2.get(1).claims().stream().map(c -> c.mentions(EntityRef.sector("heavy-industry"))
            ? Claim.builder().from(c).about(List.of(EntityRef.sector("industry-heavy"))).effects(List.of())
                .figures(List.of()).build() : c).toList())
        .policyLines(List.of()).build();
    Corpus corpus = Corpus.of(List.of(WITH_V2.get(0), renamed));

    List<String> byIdentifier;
    try (Stream<CorpusClaim> claims = corpus.claimsAboutIdentifier("cofog:heavy-industry")) {
      byIdentifier = claims.map(c -> c.narrativeId() + " " + c.claim().id()).toList();
    }

    List<String> expected = new ArrayList<>();
    WITH_V2.get(0).claimsAbout(EntityRef.sector("heavy-industry")).forEach(c -> expected.add(WITH_V2.get(0).id() + " " + c.id()));
    renamed.claimsAbout(EntityRef.sector("industry-heavy")).forEach(c -> expected.add("renamed " + c.id()));
    assertThat(byIdentifier).containsExactlyElementsOf(expected);
    assertThat(byIdentifier).anyMatch(s -> s.startsWith("renamed "));
  }

  @Test
  void anIdentifierOnAnActorFindsTheClaimsAboutIt() throws IOException {
    try (Stream<CorpusClaim> claims = Corpus.of(WITH_V2).claimsAboutIdentifier("wikidata:Q29452")) {
      assertThat(claims).isNotEmpty().allMatch(c -> c.claim().mentions(EntityRef.actor("party")));
    }
  }

  @Test
  void figuresOfAnIndicatorAreInChronologicalOrderAcrossNarratives() throws IOException {
    List<CorpusFigure> figures = Corpus.of(WITH_V2).figures("steel output");

    long all = WITH_V2.stream().flatMap(n -> n.claims().stream()).flatMap(c -> c.figures().stream())
        .filter(f -> f.indicator().equals("steel output")).count();
    assertThat(figures).hasSize((int) all).isNotEmpty();
    assertThat(figures).extracting(f -> f.figure().period().orElseThrow())
        .isSortedAccordingTo(Period.CHRONOLOGICAL);
    assertThat(Corpus.of(WITH_V2).figures("rice output")).isEmpty();
  }

  @Test
  void aSectorsPriorityAcrossNarrativesIsEachMatrixRowOrderedByTheNarrativesDate(@TempDir Path dir)
      throws IOException {
    List<SectorPriorityInNarrative> points = Corpus.open(jsonLines(dir, EDITIONS)).sectorPriorities("agriculture");

    List<String> expected = new ArrayList<>();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < EDITIONS.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing((Integer i) -> Corpus.dateOf(EDITIONS.get(i)).orElse(null),
        Comparator.nullsLast(HistoricalDate.CHRONOLOGICAL)));
    for (int i : order) {
      SectorPriorityMatrix matrix = SectorPriorityMatrix.of(EDITIONS.get(i));
      for (Era era : matrix.eras()) {
        matrix.priority("agriculture", era.id()).ifPresent(m -> expected.add(EDITIONS.get(i).id() + " "
            + era.id() + " " + m.code()));
      }
    }
    assertThat(points).extracting(p -> p.narrativeId() + " " + p.era().id() + " " + p.mode().code())
        .containsExactlyElementsOf(expected).isNotEmpty();
    assertThat(points).extracting(SectorPriorityInNarrative::narrativeDate)
        .map(d -> d.orElse(null)).isSortedAccordingTo(Comparator.nullsLast(HistoricalDate.CHRONOLOGICAL));
  }

  @Test
  void aNarrativesDateIsTheLatestPublicationOfItsSources() {
    Narrative n = Narrative.builder().id("n").title("N").language("en").version("1")
        .addSources(org.policynarrative.core.Source.builder().id("a").published(HistoricalDate.ofYear(1990)).build())
        .addSources(org.policynarrative.core.Source.builder().id("b").published(HistoricalDate.ofMonth(2001, 3)).build())
        .addSources(org.policynarrative.core.Source.builder().id("c").build()).build();
    assertThat(Corpus.dateOf(n)).contains(HistoricalDate.ofMonth(2001, 3));
    assertThat(Corpus.dateOf(Narrative.builder().from(n).sources(List.of()).build())).isEqualTo(Optional.empty());
  }

  @Test
  void aBadLineFailsTheQuestionWithTheFileAndLineWhileEntriesGoOnPastIt(@TempDir Path dir) throws IOException {
    Path file = jsonLines(dir, EDITIONS.subList(0, 3));
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    lines.set(1, lines.get(1).substring(0, 40));
    Files.write(file, lines, StandardCharsets.UTF_8);
    Corpus corpus = Corpus.open(file);

    assertThatThrownBy(() -> corpus.sectorPriorities("agriculture")).isInstanceOf(NarrativeFormatException.class)
        .hasMessageStartingWith(file + ":2:");
    List<Long> read = new ArrayList<>();
    try (var entries = corpus.entries()) {
      entries.forEachRemaining(e -> read.add(e.narrative().isPresent() ? e.line() : -e.line()));
    }
    assertThat(read).containsExactly(1L, -2L, 3L);
  }

  @Test
  void aFileNoFormatReadsIsRefusedWithItsName() {
    assertThatThrownBy(() -> Corpus.open(Path.of("corpus.csv"))).isInstanceOf(NarrativeFormatException.class)
        .hasMessageContaining("corpus.csv").hasMessageContaining(".jsonl");
  }

  @Test
  void aQuestionReadsALargerCorpusNarrativeByNarrative(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("big.jsonl");
    try (var out = Files.newOutputStream(file)) {
      NarrativeFormats.installed().byName("jsonl").orElseThrow().writeCorpus(
          Stream.iterate(0L, i -> i + 1).limit(2_000).map(i -> GeneratedCorpus.edition(i, 20, 3)).iterator(), out);
    }
    long count;
    try (Stream<CorpusClaim> claims = Corpus.open(file).claimsAbout(EntityRef.era("era-1"))) {
      count = claims.count();
    }
    assertThat(count).isPositive();
  }
}
