package org.policynarrative.core;

import org.policynarrative.core.internal.EnumCodes;

/** What sort of actor an {@link Actor} is. */
public enum ActorKind {
  /** A person, such as a leader or the premier. */
  PERSON("A person, such as a leader or the premier."),
  /** An organisation or organ that is not a party: a ministry, a committee of the state, a company. */
  ORGANISATION(
      "An organisation or organ that is not a party: a ministry, a committee of the state, a "
      + "company."),
  /** A political party or one of its organs, such as a Central Committee. */
  PARTY("A political party or one of its organs, such as a Central Committee."),
  /** A state or its government, such as "the Soviet Union". */
  STATE("A state or its government, such as \"the Soviet Union\"."),
  /** An international body, such as the United Nations or Comecon. */
  INTERNATIONAL_BODY("An international body, such as the United Nations or Comecon."),
  /** Any other actor: a class, a people, "the imperialists". */
  OTHER("Any other actor: a class, a people, \"the imperialists\".");

  private final String definition;

  ActorKind(String definition) {
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
  public static ActorKind fromCode(String code) {
    return EnumCodes.parse(ActorKind.class, code);
  }
}
