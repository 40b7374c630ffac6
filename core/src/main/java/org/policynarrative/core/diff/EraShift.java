package org.policynarrative.core.diff;

import java.util.Objects;
import org.policynarrative.core.Period;

/**
 * An era as it was named and dated before and after: one matched era (by id or shared identifier),
 * or the two sides of a {@link RenameHint} (then {@link #isPossible()}).
 */
public final class EraShift {

  private final String beforeId;
  private final String afterId;
  private final String beforeName;
  private final String afterName;
  private final Period beforePeriod;
  private final Period afterPeriod;
  private final boolean possible;

  EraShift(String beforeId, String afterId, String beforeName, String afterName, Period beforePeriod,
      Period afterPeriod, boolean possible) {
    this.beforeId = Objects.requireNonNull(beforeId, "beforeId");
    this.afterId = Objects.requireNonNull(afterId, "afterId");
    this.beforeName = Objects.requireNonNull(beforeName, "beforeName");
    this.afterName = Objects.requireNonNull(afterName, "afterName");
    this.beforePeriod = Objects.requireNonNull(beforePeriod, "beforePeriod");
    this.afterPeriod = Objects.requireNonNull(afterPeriod, "afterPeriod");
    this.possible = possible;
  }

  /** {@return the era's id before} */
  public String beforeId() {
    return beforeId;
  }

  /** {@return the era's id after} */
  public String afterId() {
    return afterId;
  }

  /** {@return the era's name before} */
  public String beforeName() {
    return beforeName;
  }

  /** {@return the era's name after} */
  public String afterName() {
    return afterName;
  }

  /** {@return the era's period before} */
  public Period beforePeriod() {
    return beforePeriod;
  }

  /** {@return the era's period after} */
  public Period afterPeriod() {
    return afterPeriod;
  }

  /** {@return true when the name differs} */
  public boolean isRenamed() {
    return !beforeName.equals(afterName);
  }

  /** {@return true when the period differs} */
  public boolean isRedated() {
    return !beforePeriod.equals(afterPeriod);
  }

  /** {@return true when the two sides are a removed and an added era that a {@link RenameHint} pairs, not a match} */
  public boolean isPossible() {
    return possible;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EraShift that && beforeId.equals(that.beforeId) && afterId.equals(that.afterId)
        && beforeName.equals(that.beforeName) && afterName.equals(that.afterName)
        && beforePeriod.equals(that.beforePeriod) && afterPeriod.equals(that.afterPeriod) && possible == that.possible;
  }

  @Override
  public int hashCode() {
    return Objects.hash(beforeId, afterId, beforeName, afterName, beforePeriod, afterPeriod, possible);
  }

  /** {@return the shift in one line} */
  @Override
  public String toString() {
    return (possible ? "possibly " : "") + beforeId + " (" + beforeName + ", " + beforePeriod.text() + ") -> "
        + afterId + " (" + afterName + ", " + afterPeriod.text() + ")";
  }
}
