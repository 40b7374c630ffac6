package org.policynarrative.core;

import org.policynarrative.core.internal.EnumCodes;

/** How a {@link Figure}'s value is stated in the source. */
public enum StatedAs {
  /** An exact value: "5.35 million tons". */
  EXACT,
  /** An approximate value: "about 5 million tons". */
  APPROXIMATE,
  /** A lower bound: "more than 5 million tons". */
  AT_LEAST,
  /** An upper bound: "less than 5 million tons". */
  AT_MOST,
  /** A range from {@link Figure#amount()} to {@link Figure#upTo()}: "5 to 6 million tons". */
  RANGE,
  /** A multiple of the baseline: "4 times that of 1952". */
  MULTIPLE,
  /** A percentage of the baseline: "180 per cent of the 1949 level". */
  PERCENTAGE,
  /** No number, only a comparison or a judgement: "targets were surpassed". */
  UNQUANTIFIED;

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
