package org.policynarrative.core;

import org.immutables.value.Value;

/** The part an {@link Actor} played in a {@link PolicyLine}: adopted by the Central Committee, drafted under the premier. */
@Value.Immutable
@NarrativeStyle
public abstract class LineRole {

  /** {@return the part the actor played} */
  @Value.Parameter
  public abstract ActorRole role();

  /** {@return the id of the {@link Actor}} */
  @Value.Parameter
  public abstract String actor();

  /**
   * {@return a role}
   *
   * @param role the part the actor played
   * @param actor the id of the actor
   * @throws InvalidValueException when {@code actor} is not a slug
   */
  public static LineRole of(ActorRole role, String actor) {
    return ImmutableLineRole.of(role, actor);
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link LineRole}. It has one method per attribute, named after the attribute's accessor
   * above: a setter for a single value (for an optional one, also a setter taking an
   * {@code Optional}); for a list, {@code addX(x)}, {@code addX(x...)} and {@code addAllX(iterable)}
   * (which add) and {@code x(iterable)} (which replaces); for a map, {@code putX(key, value)},
   * {@code putAllX(map)} and {@code x(map)}. {@code from(value)} copies every attribute of an
   * existing {@code LineRole}, so that {@code LineRole.builder().from(value).someAttribute(...).build()} changes
   * one thing. A later setter replaces an earlier one; {@code null} is refused with a
   * {@link NullPointerException}. {@code build()} throws {@link InvalidValueException}, naming the type
   * and attribute, when a value is invalid or a required one is missing.
   */
  public static final class Builder extends ImmutableLineRole.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Invariants.slug("LineRole", "actor", actor());
  }
}
