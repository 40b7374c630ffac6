package org.policynarrative.core.diff;

import java.util.Objects;
import java.util.Optional;
import org.policynarrative.core.PriorityMode;
import org.policynarrative.core.SectorPriorityMatrix;

/**
 * One cell of the {@link SectorPriorityMatrix sector-priority matrix} that differs between the two
 * narratives: the strongest priority a sector has in an era, before and after. Eras and sectors
 * are named by their ids after (before, when only the narrative before has them).
 */
public final class PriorityShift {

  private final String era;
  private final String eraName;
  private final String sector;
  private final String sectorName;
  private final PriorityMode before;
  private final PriorityMode after;

  PriorityShift(String era, String eraName, String sector, String sectorName, PriorityMode before,
      PriorityMode after) {
    this.era = Objects.requireNonNull(era, "era");
    this.eraName = Objects.requireNonNull(eraName, "eraName");
    this.sector = Objects.requireNonNull(sector, "sector");
    this.sectorName = Objects.requireNonNull(sectorName, "sectorName");
    this.before = before;
    this.after = after;
  }

  /** {@return the era's id} */
  public String era() {
    return era;
  }

  /** {@return the era's name} */
  public String eraName() {
    return eraName;
  }

  /** {@return the sector's id} */
  public String sector() {
    return sector;
  }

  /** {@return the sector's name} */
  public String sectorName() {
    return sectorName;
  }

  /** {@return the sector's priority in the era before; empty when it had none} */
  public Optional<PriorityMode> before() {
    return Optional.ofNullable(before);
  }

  /** {@return the sector's priority in the era after; empty when it has none} */
  public Optional<PriorityMode> after() {
    return Optional.ofNullable(after);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PriorityShift that && era.equals(that.era) && eraName.equals(that.eraName)
        && sector.equals(that.sector) && sectorName.equals(that.sectorName) && Objects.equals(before, that.before)
        && Objects.equals(after, that.after);
  }

  @Override
  public int hashCode() {
    return Objects.hash(era, eraName, sector, sectorName, before, after);
  }

  /** {@return the shift in one line} */
  @Override
  public String toString() {
    return era + " / " + sector + ": " + (before == null ? "none" : before.code()) + " -> "
        + (after == null ? "none" : after.code());
  }
}
