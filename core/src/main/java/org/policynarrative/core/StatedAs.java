package org.policynarrative.core;

import org.policynarrative.core.internal.EnumCodes;

/** How a {@link Figure}'s value is stated in the source. */
public enum StatedAs {
  /** An exact value: "5.35 million tons". */
  EXACT("An exact value: \"5.35 million tons\"."),
  /** An approximate value: "about 5 million tons". */
  APPROXIMATE("An approximate value: \"about 5 million tons\"."),
  /** A lower bound: "more than 5 million tons". */
  AT_LEAST("A lower bound: \"more than 5 million tons\"."),
  /** An upper bound: "less than 5 million tons". */
  AT_MOST("An upper bound: \"less than 5 million tons\"."),
  /** A range from {@link Figure#amount()} to {@link Figure#upTo()}: "5 to 6 million tons". */
  RANGE("A range from Figure.amount to Figure.upTo: \"5 to 6 million tons\"."),
  /** A multiple of the baseline: "4 times that of 1952". */
  MULTIPLE("A multiple of the baseline: \"4 times that of 1952\"."),
  /** A percentage of the baseline: "180 per cent of the 1949 level". */
  PERCENTAGE("A percentage of the baseline: \"180 per cent of the 1949 level\"."),
  /** No number, only a comparison or a judgement: "targets were surpassed". */
  UNQUANTIFIED("No number, only a comparison or a judgement: \"targets were surpassed\".");

  private final String definition;

  StatedAs(String definition) {
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
  public static StatedAs fromCode(String code) {
    return EnumCodes.parse(StatedAs.class, code);
  }
}
