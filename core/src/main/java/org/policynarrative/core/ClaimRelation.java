package org.policynarrative.core;

import org.immutables.value.Value;

/**
 * A claim about another claim: "both surpassing the targets set in the Plan" {@link RelationType#FULFILS
 * fulfils} the objective stated earlier; a later edition {@link RelationType#REPEATS repeats} or
 * {@link RelationType#REVISES revises} an earlier one.
 */
@Value.Immutable
@NarrativeStyle
public abstract class ClaimRelation {

  /** {@return how the claim relates to the other} */
  @Value.Parameter
  public abstract RelationType type();

  /** {@return the id of the other {@link Claim}} */
  @Value.Parameter
  public abstract String claim();

  /**
   * {@return a relation}
   *
   * @param type how the claim relates to the other
   * @param claim the id of the other claim
   * @throws InvalidValueException when {@code claim} is not a slug
   */
  public static ClaimRelation of(RelationType type, String claim) {
    return ImmutableClaimRelation.of(type, claim);
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ClaimRelation}. It has one method per attribute, named after the attribute's accessor
   * above: a setter for a single value (for an optional one, also a setter taking an
   * {@code Optional}); for a list, {@code addX(x)}, {@code addX(x...)} and {@code addAllX(iterable)}
   * (which add) and {@code x(iterable)} (which replaces); for a map, {@code putX(key, value)},
   * {@code putAllX(map)} and {@code x(map)}. {@code from(value)} copies every attribute of an
   * existing {@code ClaimRelation}, so that {@code ClaimRelation.builder().from(value).someAttribute(...).build()} changes
   * one thing. A later setter replaces an earlier one; {@code null} is refused with a
   * {@link NullPointerException}. {@code build()} throws {@link InvalidValueException}, naming the type
   * and attribute, when a value is invalid or a required one is missing.
   */
  public static final class Builder extends ImmutableClaimRelation.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Invariants.slug("ClaimRelation", "claim", claim());
  }
}
