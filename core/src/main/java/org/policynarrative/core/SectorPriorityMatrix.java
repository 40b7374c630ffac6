package org.policynarrative.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which priority each sector had in each era, from the policy lines in force then (the lines that
 * list the era in {@link PolicyLine#eras()}). When several lines rank one sector in one era, the
 * strongest {@link PriorityMode} wins (the enum's declaration order).
 *
 * <p>Eras are in chronological order; sectors are those that some line ranks, in data-set order.
 */
public final class SectorPriorityMatrix {

  private final List<Era> eras;
  private final List<Sector> sectors;
  private final Map<String, Map<String, PriorityMode>> cells;

  private SectorPriorityMatrix(List<Era> eras, List<Sector> sectors, Map<String, Map<String, PriorityMode>> cells) {
    this.eras = List.copyOf(eras);
    this.sectors = List.copyOf(sectors);
    this.cells = cells;
  }

  /**
   * {@return the matrix of {@code narrative}; references that do not resolve are skipped}
   *
   * @param narrative the narrative
   */
  public static SectorPriorityMatrix of(Narrative narrative) {
    Map<String, Map<String, PriorityMode>> cells = new HashMap<>();
    for (PolicyLine line : narrative.policyLines()) {
      for (SectorPriority priority : line.priorities()) {
        for (String era : line.eras()) {
          cells.computeIfAbsent(priority.sector(), s -> new HashMap<>())
              .merge(era, priority.mode(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
      }
    }
    List<Era> eras = new ArrayList<>(narrative.eras());
    eras.sort((a, b) -> Period.CHRONOLOGICAL.compare(a.period(), b.period()));
    List<Sector> sectors = new ArrayList<>();
    for (Sector sector : narrative.sectors()) {
      if (cells.containsKey(sector.id())) {
        sectors.add(sector);
      }
    }
    return new SectorPriorityMatrix(eras, sectors, cells);
  }

  /** {@return the columns: every era, earliest first} */
  public List<Era> eras() {
    return eras;
  }

  /** {@return the rows: every sector that some policy line ranks} */
  public List<Sector> sectors() {
    return sectors;
  }

  /**
   * {@return the strongest priority of the sector in the era; empty when no line in force ranks it}
   *
   * @param sectorId the sector's id
   * @param eraId the era's id
   */
  public Optional<PriorityMode> priority(String sectorId, String eraId) {
    return Optional.ofNullable(cells.getOrDefault(sectorId, Map.of()).get(eraId));
  }
}
