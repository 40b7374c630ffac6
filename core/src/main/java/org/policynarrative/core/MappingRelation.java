package org.policynarrative.core;

import org.policynarrative.core.internal.EnumCodes;

/** How a {@link Sector} relates to a concept of an external scheme (SKOS mapping relations). */
public enum MappingRelation {
  /** The same concept ({@code skos:exactMatch}). */
  EXACT("The same concept (skos:exactMatch)."),
  /** Close enough to use interchangeably in some contexts ({@code skos:closeMatch}). */
  CLOSE("Close enough to use interchangeably in some contexts (skos:closeMatch)."),
  /** The external concept is broader than the sector ({@code skos:broadMatch}). */
  BROADER("The external concept is broader than the sector (skos:broadMatch)."),
  /** The external concept is narrower than the sector ({@code skos:narrowMatch}). */
  NARROWER("The external concept is narrower than the sector (skos:narrowMatch).");

  private final String definition;

  MappingRelation(String definition) {
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
  public static MappingRelation fromCode(String code) {
    return EnumCodes.parse(MappingRelation.class, code);
  }
}
