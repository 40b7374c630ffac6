package org.policynarrative.core;

import org.immutables.value.Value;

/**
 * A link from a {@link Sector} to a concept of an external classification, such as UN COFOG
 * {@code 04.2} (agriculture) or ISIC {@code C} (manufacturing), with a SKOS-style relation.
 */
@Value.Immutable
@NarrativeStyle
public abstract class SectorMapping {

  /** {@return the scheme's short name, such as {@code COFOG} or {@code ISIC-4}} */
  @Value.Parameter
  public abstract String scheme();

  /** {@return the concept's code in that scheme} */
  @Value.Parameter
  public abstract String code();

  /** {@return how the sector relates to that concept} */
  @Value.Parameter
  public abstract MappingRelation relation();

  /**
   * {@return a mapping}
   *
   * @param scheme the classification scheme, such as {@code ISIC-4}
   * @param code the code, as written in files
   * @param relation how closely the code matches the sector
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
