package org.policynarrative.core;

import org.policynarrative.core.internal.EnumCodes;

/** What sort of assertion a {@link Claim} is. */
public enum ClaimKind {
  /** The source says something was achieved or accomplished. */
  ACHIEVEMENT,
  /** The source states a goal or aim. */
  OBJECTIVE,
  /** The source says one thing caused or enabled another. */
  CAUSAL_ATTRIBUTION,
  /** The source characterises an actor, era or situation. */
  CHARACTERISATION,
  /** The source describes a threat from an adversary. */
  THREAT_PERCEPTION,
  /** The source says a policy or line was adopted. */
  POLICY_ADOPTION,
  /** The source describes a policy line: what it means, how long it holds. */
  POLICY_DESCRIPTION,
  /** The source describes ongoing effort or current activity. */
  ONGOING_EFFORT;

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
  public static ClaimKind fromCode(String code) {
    return EnumCodes.parse(ClaimKind.class, code);
  }
}
