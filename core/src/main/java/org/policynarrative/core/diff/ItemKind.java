package org.policynarrative.core.diff;

import org.policynarrative.core.EntityKind;

/**
 * The kinds of item a narrative lists, each in one of its list attributes, which a
 * {@link NarrativeDiff} matches by kind and id. Unlike {@link EntityKind} (what a claim may refer
 * to), it includes claims and declared vocabulary codes.
 */
public enum ItemKind {
  /** A {@link org.policynarrative.core.Source}, listed in {@code sources}. */
  SOURCE("source", "sources"),
  /** An {@link org.policynarrative.core.Era}, listed in {@code eras}. */
  ERA("era", "eras"),
  /** A {@link org.policynarrative.core.Sector}, listed in {@code sectors}. */
  SECTOR("sector", "sectors"),
  /** A {@link org.policynarrative.core.PolicyLine}, listed in {@code policyLines}. */
  POLICY_LINE("policy-line", "policyLines"),
  /** A {@link org.policynarrative.core.Claim}, listed in {@code claims}. */
  CLAIM("claim", "claims"),
  /** An {@link org.policynarrative.core.Actor}, listed in {@code actors}. */
  ACTOR("actor", "actors"),
  /** An {@link org.policynarrative.core.Event}, listed in {@code events}. */
  EVENT("event", "events"),
  /**
   * A {@link org.policynarrative.core.CodeDefinition}, listed in {@code vocabulary}; its id is
   * {@code scheme:code}, such as {@code claim-kind:boast}, as a code is unique within its scheme.
   */
  CODE("code", "vocabulary");

  private final String code;
  private final String attribute;

  ItemKind(String code, String attribute) {
    this.code = code;
    this.attribute = attribute;
  }

  /** {@return the stable lower-case code, such as {@code policy-line}, used in the JSON output} */
  public String code() {
    return code;
  }

  /** {@return the name of the {@link org.policynarrative.core.Narrative} attribute that lists items of this kind} */
  public String attribute() {
    return attribute;
  }

  /**
   * {@return the kind of the items an entity reference of this kind points at}
   *
   * @param kind the kind of an {@link org.policynarrative.core.EntityRef}
   */
  public static ItemKind of(EntityKind kind) {
    return switch (kind) {
      case ERA -> ERA;
      case SECTOR -> SECTOR;
      case POLICY_LINE -> POLICY_LINE;
      case SOURCE -> SOURCE;
      case ACTOR -> ACTOR;
      case EVENT -> EVENT;
    };
  }
}
