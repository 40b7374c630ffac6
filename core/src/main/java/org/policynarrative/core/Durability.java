package org.policynarrative.core;

import org.policynarrative.core.internal.EnumCodes;

/** How long the source says a {@link PolicyLine} is meant to last. A declaration of the source, not a fact. */
public enum Durability {
  /** The source declares the line permanent. */
  PERMANENT("The source declares the line permanent."),
  /** The source declares the line temporary or a countermeasure. */
  TEMPORARY("The source declares the line temporary or a countermeasure."),
  /** The source says nothing about how long the line lasts. */
  UNSTATED("The source says nothing about how long the line lasts.");

  private final String definition;

  Durability(String definition) {
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
  public static Durability fromCode(String code) {
    return EnumCodes.parse(Durability.class, code);
  }
}
