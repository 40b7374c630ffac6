package org.policynarrative.core;

import org.policynarrative.core.internal.EnumCodes;

/** What sort of actor an {@link Actor} is. */
public enum ActorKind {
  /** A person, such as a leader or the premier. */
  PERSON,
  /** An organisation or organ that is not a party: a ministry, a committee of the state, a company. */
  ORGANISATION,
  /** A political party or one of its organs, such as a Central Committee. */
  PARTY,
  /** A state or its government, such as "the Soviet Union". */
  STATE,
  /** An international body, such as the United Nations or Comecon. */
  INTERNATIONAL_BODY,
  /** Any other actor: a class, a people, "the imperialists". */
  OTHER;

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
  public static ActorKind fromCode(String code) {
    return EnumCodes.parse(ActorKind.class, code);
  }
}
