package org.policynarrative.core;

import org.immutables.value.Value;
import org.policynarrative.core.internal.Checks;

/** A typed reference to an entity of the narrative by id, such as {@code sector:agriculture}. */
@Value.Immutable
@NarrativeStyle
public abstract class EntityRef {

  /** The kind of entity referred to. */
  @Value.Parameter
  public abstract EntityKind kind();

  /** Its id. */
  @Value.Parameter
  public abstract String id();

  /**
   * A reference.
   *
   * @throws IllegalArgumentException when {@code id} is not a slug
   */
  public static EntityRef of(EntityKind kind, String id) {
    return ImmutableEntityRef.of(kind, id);
  }

  /** A reference to an era. */
  public static EntityRef era(String id) {
    return of(EntityKind.ERA, id);
  }

  /** A reference to a sector. */
  public static EntityRef sector(String id) {
    return of(EntityKind.SECTOR, id);
  }

  /** A reference to a policy line. */
  public static EntityRef policyLine(String id) {
    return of(EntityKind.POLICY_LINE, id);
  }

  /** A reference to a source. */
  public static EntityRef source(String id) {
    return of(EntityKind.SOURCE, id);
  }

  /**
   * Parses {@code kind:id}, the form {@link #toString()} prints, such as {@code policy-line:songun-line}.
   *
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

  /** {@code kind:id}, for example {@code sector:agriculture}. */
  @Override
  public String toString() {
    return kind().code() + ":" + id();
  }
}
