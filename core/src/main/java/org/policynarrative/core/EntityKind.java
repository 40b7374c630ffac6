package org.policynarrative.core;

import org.policynarrative.core.internal.EnumCodes;

/** The kinds of entity a {@link Claim} can refer to. */
public enum EntityKind {
  /** An {@link Era}. */
  ERA,
  /** A {@link Sector}. */
  SECTOR,
  /** A {@link PolicyLine}. */
  POLICY_LINE,
  /** A {@link Source}. */
  SOURCE;

  /** The stable code every format writes for this constant: lower case, words joined by {@code -}. */
  public String code() {
    return EnumCodes.code(this);
  }

  /**
   * The constant with the given {@link #code()}.
   *
   * @throws IllegalArgumentException naming the allowed codes, when none matches
   */
  public static EntityKind fromCode(String code) {
    return EnumCodes.parse(EntityKind.class, code);
  }
}
