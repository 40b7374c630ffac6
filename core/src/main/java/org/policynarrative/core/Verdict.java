package org.policynarrative.core;

import org.policynarrative.core.internal.EnumCodes;

/** The normalised outcome of an {@link Assessment}, after schema.org ClaimReview. */
public enum Verdict {
  /** Nobody independent has checked the claim: the default reading of every claim. */
  UNVERIFIED("Nobody independent has checked the claim: the default reading of every claim."),
  /** Independent references support the claim. */
  SUPPORTED("Independent references support the claim."),
  /** Independent references support part of the claim and contradict part. */
  MIXED("Independent references support part of the claim and contradict part."),
  /** Independent references contest the claim. */
  DISPUTED("Independent references contest the claim."),
  /** Independent references show the claim to be false. */
  FALSE("Independent references show the claim to be false.");

  private final String definition;

  Verdict(String definition) {
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
  public static Verdict fromCode(String code) {
    return EnumCodes.parse(Verdict.class, code);
  }
}
