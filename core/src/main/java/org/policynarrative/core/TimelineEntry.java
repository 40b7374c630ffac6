package org.policynarrative.core;

import org.immutables.value.Value;

/** One row of a {@link Timeline}: an era or a policy line and when it was. */
@Value.Immutable
@NarrativeStyle
public abstract class TimelineEntry {

  /** {@return the era or policy line} */
  @Value.Parameter
  public abstract EntityRef ref();

  /** {@return its name} */
  @Value.Parameter
  public abstract String name();

  /**
   * When: an era's period, or the date a policy line was adopted (for an undated line, the period
   * of the first era it belongs to).
   *
   * @return when: an era's period
   */
  @Value.Parameter
  public abstract Period when();

  static TimelineEntry of(EntityRef ref, String name, Period when) {
    return ImmutableTimelineEntry.of(ref, name, when);
  }
}
