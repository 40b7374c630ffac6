package org.policynarrative.core.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.policynarrative.core.Era;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.PolicyLine;
import org.policynarrative.core.PriorityMode;
import org.policynarrative.core.Sector;
import org.policynarrative.core.SectorPriority;
import org.policynarrative.core.SectorPriorityMatrix;

/**
 * The cells of the two sector-priority matrices that differ. Only the cells some line sets on
 * either side are visited (a line's priorities times its eras, as {@link SectorPriorityMatrix}
 * counts them), never the whole grid of eras times sectors.
 */
final class PriorityDrift {

  /** A cell, named by ids after. */
  private record Cell(String era, String sector) {}

  private PriorityDrift() {}

  static List<PriorityShift> of(Narrative a, Narrative b, IdTranslation ids) {
    SectorPriorityMatrix before = SectorPriorityMatrix.of(a);
    SectorPriorityMatrix after = SectorPriorityMatrix.of(b);
    Set<Cell> cells = new LinkedHashSet<>();
    addCells(b, false, ids, cells);
    addCells(a, true, ids, cells);

    Map<String, Integer> eraOrder = new HashMap<>();
    Map<String, String> eraNames = new HashMap<>();
    for (Era era : after.eras()) {
      eraOrder.putIfAbsent(era.id(), eraOrder.size());
      eraNames.putIfAbsent(era.id(), era.name());
    }
    for (Era era : before.eras()) {
      String id = ids.afterId(ItemKind.ERA, era.id());
      eraOrder.putIfAbsent(id, eraOrder.size());
      eraNames.putIfAbsent(id, era.name());
    }
    Map<String, Integer> sectorOrder = new HashMap<>();
    Map<String, String> sectorNames = new HashMap<>();
    for (Sector sector : b.sectors()) {
      sectorOrder.putIfAbsent(sector.id(), sectorOrder.size());
      sectorNames.putIfAbsent(sector.id(), sector.name());
    }
    for (Sector sector : a.sectors()) {
      String id = ids.afterId(ItemKind.SECTOR, sector.id());
      sectorOrder.putIfAbsent(id, sectorOrder.size());
      sectorNames.putIfAbsent(id, sector.name());
    }

    List<PriorityShift> shifts = new ArrayList<>();
    for (Cell cell : cells) {
      PriorityMode was = before.priority(ids.beforeId(ItemKind.SECTOR, cell.sector()),
          ids.beforeId(ItemKind.ERA, cell.era())).orElse(null);
      PriorityMode is = after.priority(cell.sector(), cell.era()).orElse(null);
      if (!Objects.equals(was, is)) {
        shifts.add(new PriorityShift(cell.era(), eraNames.getOrDefault(cell.era(), cell.era()), cell.sector(),
            sectorNames.getOrDefault(cell.sector(), cell.sector()), was, is));
      }
    }
    shifts.sort(Comparator.comparingInt((PriorityShift s) -> eraOrder.getOrDefault(s.era(), Integer.MAX_VALUE))
        .thenComparingInt(s -> sectorOrder.getOrDefault(s.sector(), Integer.MAX_VALUE)));
    return shifts;
  }

  /** The cells the lines of {@code n} set, in ids after. */
  private static void addCells(Narrative n, boolean before, IdTranslation ids, Set<Cell> cells) {
    for (PolicyLine line : n.policyLines()) {
      if (line.priorities().isEmpty()) {
        continue;
      }
      Set<String> eras = new LinkedHashSet<>(line.eras());
      line.inForce().ifPresent(inForce -> n.eras().stream()
          .filter(era -> era.period().overlaps(inForce)).forEach(era -> eras.add(era.id())));
      for (SectorPriority priority : line.priorities()) {
        String sector = before ? ids.afterId(ItemKind.SECTOR, priority.sector()) : priority.sector();
        for (String era : eras) {
          cells.add(new Cell(before ? ids.afterId(ItemKind.ERA, era) : era, sector));
        }
      }
    }
  }
}
