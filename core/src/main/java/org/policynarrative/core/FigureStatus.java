package org.policynarrative.core;

import org.policynarrative.core.internal.EnumCodes;

/** Whether a {@link Figure} is a target, a planned figure or a result the source reports. */
public enum FigureStatus {
  /** A goal to be reached: "to produce 10 million tons of grain". */
  TARGET("A goal to be reached: \"to produce 10 million tons of grain\"."),
  /** A figure of a plan's own arithmetic, such as a planned investment or allocation. */
  PLAN("A figure of a plan's own arithmetic, such as a planned investment or allocation."),
  /** A result the source reports as achieved. */
  RESULT("A result the source reports as achieved.");

  private final String definition;

  FigureStatus(String definition) {
    this.definition = definition;
  }

  /** {@return a one-line definition of the constant, in plain text (its Javadoc without markup)} */
  public String definition() {
    return definition;
  }

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
