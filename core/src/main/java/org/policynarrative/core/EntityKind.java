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
  SOURCE,
  /** An {@link Actor}. */
  ACTOR,
  /** An {@link Event}. */
  EVENT;

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
  public static EntityKind fromCode(String code) {
    return EnumCodes.parse(EntityKind.class, code);
  }
}
