package org.policynarrative.corpus;

import java.util.Objects;
import java.util.Optional;
import org.policynarrative.core.Era;
import org.policynarrative.core.HistoricalDate;
import org.policynarrative.core.PriorityMode;
import org.policynarrative.core.Sector;

/**
 * The priority one narrative of a corpus gives a sector in one of its eras (a cell of its
 * {@link org.policynarrative.core.SectorPriorityMatrix}): one point of {@link Corpus#sectorPriorities}.
 *
 * @param narrativeId the id of the narrative
 * @param narrativeVersion that narrative's version
 * @param line the 1-based line of the corpus where the narrative starts
 * @param narrativeDate the narrative's date ({@link Corpus#dateOf}), empty when its sources give none
 * @param sector the sector, as that narrative defines it
 * @param era the era
 * @param mode the strongest priority of the sector in the era
 */
public record SectorPriorityInNarrative(String narrativeId, String narrativeVersion, long line,
    Optional<HistoricalDate> narrativeDate, Sector sector, Era era, PriorityMode mode) {

  /**
   * Checks that no part is missing.
   *
   * @param narrativeId the id of the narrative
   * @param narrativeVersion that narrative's version
   * @param line the 1-based line of the corpus where the narrative starts
   * @param narrativeDate the narrative's date ({@link Corpus#dateOf}), empty when its sources give none
   * @param sector the sector, as that narrative defines it
   * @param era the era
   * @param mode the strongest priority of the sector in the era
   * @throws NullPointerException when a part is null
   */
  public SectorPriorityInNarrative {
    Objects.requireNonNull(narrativeId, "narrativeId");
    Objects.requireNonNull(narrativeVersion, "narrativeVersion");
    Objects.requireNonNull(narrativeDate, "narrativeDate");
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(era, "era");
    Objects.requireNonNull(mode, "mode");
  }
}
