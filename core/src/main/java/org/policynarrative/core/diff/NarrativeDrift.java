package org.policynarrative.core.diff;

import java.util.List;
import org.policynarrative.core.SectorPriorityMatrix;

/**
 * How the account itself moved between two versions of a narrative, as a reader of official
 * histories asks: eras renamed or redated, policy lines that appeared or vanished, sector
 * priorities that changed per era (the {@link SectorPriorityMatrix} of both, cell by cell), claims
 * added and dropped, verdicts that changed. Derived from a {@link NarrativeDiff}.
 */
public final class NarrativeDrift {

  private final List<EraShift> erasRenamed;
  private final List<EraShift> erasRedated;
  private final List<EntityChange> linesAppeared;
  private final List<EntityChange> linesVanished;
  private final List<PriorityShift> priorityShifts;
  private final List<EntityChange> claimsAdded;
  private final List<EntityChange> claimsDropped;
  private final List<VerdictChange> verdictChanges;

  NarrativeDrift(List<EraShift> erasRenamed, List<EraShift> erasRedated, List<EntityChange> linesAppeared,
      List<EntityChange> linesVanished, List<PriorityShift> priorityShifts, List<EntityChange> claimsAdded,
      List<EntityChange> claimsDropped, List<VerdictChange> verdictChanges) {
    this.erasRenamed = List.copyOf(erasRenamed);
    this.erasRedated = List.copyOf(erasRedated);
    this.linesAppeared = List.copyOf(linesAppeared);
    this.linesVanished = List.copyOf(linesVanished);
    this.priorityShifts = List.copyOf(priorityShifts);
    this.claimsAdded = List.copyOf(claimsAdded);
    this.claimsDropped = List.copyOf(claimsDropped);
    this.verdictChanges = List.copyOf(verdictChanges);
  }

  /**
   * {@return the eras whose name changed: matched eras, and possible ones (the two sides of a rename
   * hint, {@link EraShift#isPossible()}), in the order after}
   */
  public List<EraShift> erasRenamed() {
    return erasRenamed;
  }

  /** {@return the eras whose period changed, matched or possible, in the order after} */
  public List<EraShift> erasRedated() {
    return erasRedated;
  }

  /** {@return the policy lines only the narrative after has} */
  public List<EntityChange> linesAppeared() {
    return linesAppeared;
  }

  /** {@return the policy lines only the narrative before has} */
  public List<EntityChange> linesVanished() {
    return linesVanished;
  }

  /**
   * {@return the cells of the sector-priority matrix that differ, by era (in chronological order
   * after, then eras only before) and sector (in the order after, then sectors only before)}
   */
  public List<PriorityShift> priorityShifts() {
    return priorityShifts;
  }

  /** {@return the claims only the narrative after has} */
  public List<EntityChange> claimsAdded() {
    return claimsAdded;
  }

  /** {@return the claims only the narrative before has} */
  public List<EntityChange> claimsDropped() {
    return claimsDropped;
  }

  /** {@return the claims on both sides whose verdict changed, in the order after} */
  public List<VerdictChange> verdictChanges() {
    return verdictChanges;
  }

  /** {@return true when none of the above moved} */
  public boolean isEmpty() {
    return erasRenamed.isEmpty() && erasRedated.isEmpty() && linesAppeared.isEmpty() && linesVanished.isEmpty()
        && priorityShifts.isEmpty() && claimsAdded.isEmpty() && claimsDropped.isEmpty() && verdictChanges.isEmpty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NarrativeDrift that && erasRenamed.equals(that.erasRenamed)
        && erasRedated.equals(that.erasRedated) && linesAppeared.equals(that.linesAppeared)
        && linesVanished.equals(that.linesVanished) && priorityShifts.equals(that.priorityShifts)
        && claimsAdded.equals(that.claimsAdded) && claimsDropped.equals(that.claimsDropped)
        && verdictChanges.equals(that.verdictChanges);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(erasRenamed, erasRedated, linesAppeared, linesVanished, priorityShifts, claimsAdded,
        claimsDropped, verdictChanges);
  }

  /** {@return the counts, in one line} */
  @Override
  public String toString() {
    return "NarrativeDrift{erasRenamed=" + erasRenamed.size() + ", erasRedated=" + erasRedated.size()
        + ", linesAppeared=" + linesAppeared.size() + ", linesVanished=" + linesVanished.size()
        + ", priorityShifts=" + priorityShifts.size() + ", claimsAdded=" + claimsAdded.size()
        + ", claimsDropped=" + claimsDropped.size() + ", verdictChanges=" + verdictChanges.size() + "}";
  }
}
