package org.policynarrative.core;

import org.policynarrative.core.internal.EnumCodes;

/** How a {@link PolicyLine} ranks a sector, in the source's terms. Constants are declared from the strongest to the weakest, which is the order {@link SectorPriorityMatrix} uses to pick one mode per cell. */
public enum PriorityMode {
  /** Set "as a top priority", above every other sector. */
  TOP_PRIORITY,
  /** Developed "preferentially": ahead of the sectors developed simultaneously. */
  PREFERENTIAL,
  /** "Prioritized" without a stated rank relative to other sectors. */
  PRIORITIZED,
  /** Developed "simultaneously", alongside the preferred sectors. */
  SIMULTANEOUS;

  /** {@return the stable code every format writes for this constant: lower case, words joined by {@code -}} */
  public String code() {
    return EnumCodes.code(this);
  }

  /**
   * {@return the constant with the given {@link #code()}}
   *
   * @param code the code, as written in files
   * @throws IllegalArgumentException naming the allowed codes, when none matches
   */
  public static PriorityMode fromCode(String code) {
    return EnumCodes.parse(PriorityMode.class, code);
  }
}
