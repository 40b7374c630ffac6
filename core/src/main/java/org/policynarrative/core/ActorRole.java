package org.policynarrative.core;

import org.policynarrative.core.internal.EnumCodes;

/** The part an {@link Actor} played in a {@link PolicyLine} ({@link LineRole}). */
public enum ActorRole {
  /** The actor adopted the line (a party congress, a plenum, a government). */
  ADOPTED_BY("The actor adopted the line (a party congress, a plenum, a government)."),
  /** The line was drafted by or under the direction of the actor. */
  DRAFTED_BY("The line was drafted by or under the direction of the actor."),
  /** The actor carried the line out. */
  IMPLEMENTED_BY("The actor carried the line out."),
  /** The actor approved or supported the line without adopting it. */
  ENDORSED_BY("The actor approved or supported the line without adopting it."),
  /** The actor opposed the line, in the source's account. */
  OPPOSED_BY("The actor opposed the line, in the source's account.");

  private final String definition;

  ActorRole(String definition) {
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
  public static ActorRole fromCode(String code) {
    return EnumCodes.parse(ActorRole.class, code);
  }
}
