package org.policynarrative.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policynarrative.core.TestNarratives.era;
import static org.policynarrative.core.TestNarratives.sector;

import org.junit.jupiter.api.Test;

/** Sector x era -> priority, from the policy lines in force. */
class SectorPriorityMatrixTest {

  private static PolicyLine line(String id, String era, SectorPriority... priorities) {
    return PolicyLine.builder().id(id).name(id).addEras(era).addPriorities(priorities).build();
  }

  private final Narrative narrative = Narrative.builder().id("n").title("t").language("en").version("1")
      .addEras(era("songun-era", "1994/2011"), era("post-war", "1953/1960"), era("unranked", "196X"))
      .addSectors(sector("agriculture"), sector("heavy-industry"), sector("light-industry"), sector("tourism"))
      .addPolicyLines(
          line("line-1953", "post-war",
              SectorPriority.of("heavy-industry", PriorityMode.PREFERENTIAL),
              SectorPriority.of("light-industry", PriorityMode.SIMULTANEOUS),
              SectorPriority.of("agriculture", PriorityMode.SIMULTANEOUS)),
          line("songun", "songun-era", SectorPriority.of("heavy-industry", PriorityMode.PRIORITIZED)),
          line("food", "songun-era", SectorPriority.of("agriculture", PriorityMode.TOP_PRIORITY)),
          line("later", "songun-era", SectorPriority.of("heavy-industry", PriorityMode.SIMULTANEOUS)))
      .build();

  @Test
  void eachCellHoldsThePriorityOfTheLinesInForce() {
    SectorPriorityMatrix matrix = SectorPriorityMatrix.of(narrative);

    assertThat(matrix.priority("heavy-industry", "post-war")).contains(PriorityMode.PREFERENTIAL);
    assertThat(matrix.priority("light-industry", "post-war")).contains(PriorityMode.SIMULTANEOUS);
    assertThat(matrix.priority("agriculture", "songun-era")).contains(PriorityMode.TOP_PRIORITY);
    assertThat(matrix.priority("light-industry", "songun-era")).isEmpty();
    assertThat(matrix.priority("heavy-industry", "unranked")).isEmpty();
    assertThat(matrix.priority("no-such-sector", "post-war")).isEmpty();
  }

  @Test
  void theStrongestModeWinsWhateverTheLineOrder() {
    // "songun" says prioritized, "later" says simultaneous: prioritized is stronger.
    assertThat(SectorPriorityMatrix.of(narrative).priority("heavy-industry", "songun-era"))
        .contains(PriorityMode.PRIORITIZED);
  }

  @Test
  void erasAreChronologicalAndSectorsAreOnlyThoseRankedInDataSetOrder() {
    SectorPriorityMatrix matrix = SectorPriorityMatrix.of(narrative);

    assertThat(matrix.eras()).extracting(Era::id).containsExactly("post-war", "unranked", "songun-era");
    assertThat(matrix.sectors()).extracting(Sector::id)
        .containsExactly("agriculture", "heavy-industry", "light-industry");
  }

  @Test
  void unresolvedReferencesAreSkipped() {
    Narrative dangling = Narrative.builder().id("n").title("t").language("en").version("1")
        .addEras(era("e", "1953"))
        .addPolicyLines(line("l", "missing-era", SectorPriority.of("missing-sector", PriorityMode.PREFERENTIAL)))
        .build();

    SectorPriorityMatrix matrix = SectorPriorityMatrix.of(dangling);

    assertThat(matrix.sectors()).isEmpty();
    assertThat(matrix.eras()).extracting(Era::id).containsExactly("e");
  }
}
