package org.policynarrative.core;

import java.util.Optional;
import org.immutables.value.Value;

/** The priority a {@link PolicyLine} gives one sector, in the source's terms and words. */
@Value.Immutable
@NarrativeStyle
public abstract class SectorPriority {

  /** {@return the id of the {@link Sector}} */
  public abstract String sector();

  /** {@return how the line ranks the sector} */
  public abstract PriorityMode mode();

  /** {@return an explicit rank, 1 being first, when the source orders sectors} */
  public abstract Optional<Integer> rank();

  /** {@return the source's own words for this priority, such as "developing the heavy industry preferentially"} */
  public abstract Optional<String> wording();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a priority with no rank and no wording}
   *
   * @param sector the sector's id
   * @param mode how the sector is prioritised
   */
  public static SectorPriority of(String sector, PriorityMode mode) {
    return builder().sector(sector).mode(mode).build();
  }

  /**
   * Builds a {@link SectorPriority}. It has one method per attribute, named after the attribute's accessor
   * above: a setter for a single value (for an optional one, also a setter taking an
   * {@code Optional}); for a list, {@code addX(x)}, {@code addX(x...)} and {@code addAllX(iterable)}
   * (which add) and {@code x(iterable)} (which replaces); for a map, {@code putX(key, value)},
   * {@code putAllX(map)} and {@code x(map)}. {@code from(value)} copies every attribute of an
   * existing {@code SectorPriority}, so that {@code SectorPriority.builder().from(value).someAttribute(...).build()} changes
   * one thing. A later setter replaces an earlier one; {@code null} is refused with a
   * {@link NullPointerException}. {@code build()} throws {@link InvalidValueException}, naming the type
   * and attribute, when a value is invalid or a required one is missing.
   */
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
