package org.policynarrative.core;

import org.policynarrative.core.internal.EnumCodes;

/** Whether a {@link Figure} is a target, a planned figure or a result the source reports. */
public enum FigureStatus {
  /** A goal to be reached: "to produce 10 million tons of grain". */
  TARGET,
  /** A figure of a plan's own arithmetic, such as a planned investment or allocation. */
  PLAN,
  /** A result the source reports as achieved. */
  RESULT;

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
  public static FigureStatus fromCode(String code) {
    return EnumCodes.parse(FigureStatus.class, code);
  }
}
