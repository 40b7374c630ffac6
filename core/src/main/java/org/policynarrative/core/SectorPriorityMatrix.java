package org.policynarrative.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.LinkedHashSet;
import java.util.function.Function;

/**
 * Which priority each sector had in each era, from the policy lines in force then: the lines that
 * list the era in {@link PolicyLine#eras()}, and the lines whose {@link PolicyLine#inForce()} period
 * overlaps the era's. When several lines rank one sector in one era, the strongest
 * {@link PriorityMode} wins (the built-in constants' order; a narrative's own mode counts as the
 * built-in mode it narrows, and one that narrows none as weaker than every built-in one; on a tie
 * the first line in data-set order wins).
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
    Vocabulary vocabulary = Vocabulary.of(narrative);
    Map<PriorityMode, Integer> strength = new HashMap<>();
    Function<PriorityMode, Integer> rank = mode -> strength.computeIfAbsent(mode, m -> {
      int index = List.of(PriorityMode.values()).indexOf(vocabulary.rollUp(m));
      return index < 0 ? Integer.MAX_VALUE : index;
    });
    for (PolicyLine line : narrative.policyLines()) {
      Set<String> eras = new LinkedHashSet<>(line.eras());
      line.inForce().ifPresent(inForce -> narrative.eras().stream()
          .filter(era -> era.period().overlaps(inForce)).forEach(era -> eras.add(era.id())));
      for (SectorPriority priority : line.priorities()) {
        for (String era : eras) {
          cells.computeIfAbsent(priority.sector(), s -> new HashMap<>())
              .merge(era, priority.mode(), (a, b) -> rank.apply(a) <= rank.apply(b) ? a : b);
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
