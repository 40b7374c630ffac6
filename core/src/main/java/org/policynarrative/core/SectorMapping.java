package org.policynarrative.core;

import org.immutables.value.Value;

/**
 * A link from a {@link Sector} to a concept of an external classification, such as UN COFOG
 * {@code 04.2} (agriculture) or ISIC {@code C} (manufacturing), with a SKOS-style relation.
 */
@Value.Immutable
@NarrativeStyle
public abstract class SectorMapping {

  /** The scheme's short name, such as {@code COFOG} or {@code ISIC-4}. */
  @Value.Parameter
  public abstract String scheme();

  /** The concept's code in that scheme. */
  @Value.Parameter
  public abstract String code();

  /** How the sector relates to that concept. */
  @Value.Parameter
  public abstract MappingRelation relation();

  /**
   * A mapping.
   *
   * @throws IllegalArgumentException when scheme or code is blank
   */
  public static SectorMapping of(String scheme, String code, MappingRelation relation) {
    return ImmutableSectorMapping.of(scheme, code, relation);
  }

  @Value.Check
  void check() {
    Invariants.notBlank("SectorMapping", "scheme", scheme());
    Invariants.notBlank("SectorMapping", "code", code());
  }
}
