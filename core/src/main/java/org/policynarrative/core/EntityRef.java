package org.policynarrative.core;

import org.immutables.value.Value;
import org.policynarrative.core.internal.Checks;

/** A typed reference to an entity of the narrative by id, such as {@code sector:agriculture}. */
@Value.Immutable
@NarrativeStyle
public abstract class EntityRef {

  /** {@return the kind of entity referred to} */
  @Value.Parameter
  public abstract EntityKind kind();

  /** {@return its id} */
  @Value.Parameter
  public abstract String id();

  /**
   * {@return a reference}
   *
   * @param kind the kind of entity
   * @param id the id to look up
   * @throws IllegalArgumentException when {@code id} is not a slug
   */
  public static EntityRef of(EntityKind kind, String id) {
    return ImmutableEntityRef.of(kind, id);
  }

  /**
   * {@return a reference to an era}
   *
   * @param id the id to look up
   */
  public static EntityRef era(String id) {
    return of(EntityKind.ERA, id);
  }

  /**
   * {@return a reference to a sector}
   *
   * @param id the id to look up
   */
  public static EntityRef sector(String id) {
    return of(EntityKind.SECTOR, id);
  }

  /**
   * {@return a reference to a policy line}
   *
   * @param id the id to look up
   */
  public static EntityRef policyLine(String id) {
    return of(EntityKind.POLICY_LINE, id);
  }

  /**
   * {@return a reference to a source}
   *
   * @param id the id to look up
   */
  public static EntityRef source(String id) {
    return of(EntityKind.SOURCE, id);
  }

  /**
   * {@return a reference to an actor}
   *
   * @param id the id to look up
   */
  public static EntityRef actor(String id) {
    return of(EntityKind.ACTOR, id);
  }

  /**
   * {@return a reference to an event}
   *
   * @param id the id to look up
   */
  public static EntityRef event(String id) {
    return of(EntityKind.EVENT, id);
  }

  /**
   * {@return the reference written as {@code kind:id}, the form {@link #toString()} prints, such as {@code policy-line:songun-line}}
   *
   * @param text the text to parse
   * @throws IllegalArgumentException when the text has no colon, an unknown kind or an invalid id
   */
  public static EntityRef parse(String text) {
    int colon = text.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException(Checks.quote(text) + " is not a reference; expected KIND:ID such as sector:agriculture");
    }
    return of(EntityKind.fromCode(text.substring(0, colon)), text.substring(colon + 1));
  }

  @Value.Check
  void check() {
    Invariants.slug("EntityRef", "id", id());
  }

  /** {@return {@code kind:id}, for example {@code sector:agriculture}} */
  @Override
  public String toString() {
    return kind().code() + ":" + id();
  }
}
