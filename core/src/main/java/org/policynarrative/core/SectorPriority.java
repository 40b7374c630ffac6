package org.policynarrative.core;

import java.util.Optional;
import org.immutables.value.Value;

/** The priority a {@link PolicyLine} gives one sector, in the source's terms and words. */
@Value.Immutable
@NarrativeStyle
public abstract class SectorPriority {

  /** The id of the {@link Sector}. */
  public abstract String sector();

  /** How the line ranks the sector. */
  public abstract PriorityMode mode();

  /** An explicit rank, 1 being first, when the source orders sectors. */
  public abstract Optional<Integer> rank();

  /** The source's own words for this priority, such as "developing the heavy industry preferentially". */
  public abstract Optional<String> wording();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A priority with no rank and no wording. */
  public static SectorPriority of(String sector, PriorityMode mode) {
    return builder().sector(sector).mode(mode).build();
  }

  /** Builds a {@link SectorPriority}; {@code build()} throws {@link InvalidValueException} naming the type and attribute when a value is invalid or a required one is missing. */
  public static final class Builder extends ImmutableSectorPriority.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Invariants.slug("SectorPriority", "sector", sector());
    rank().ifPresent(r -> {
      if (r < 1) {
        throw new InvalidValueException("SectorPriority", "rank", "must be 1 or more, but was " + r);
      }
    });
    wording().ifPresent(w -> Invariants.notBlank("SectorPriority", "wording", w));
  }
}
