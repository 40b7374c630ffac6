package org.policynarrative.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The eras and policy lines of a narrative in chronological order. Entries sort by
 * {@link Period#CHRONOLOGICAL}; at the same time an era comes before a policy line, then the data
 * set's own order decides. Policy lines with neither a date nor a known era are left out.
 */
public final class Timeline {

  private static final Comparator<TimelineEntry> ORDER =
      Comparator.comparing(TimelineEntry::when, Period.CHRONOLOGICAL)
          .thenComparing(e -> e.ref().kind() == EntityKind.ERA ? 0 : 1);

  private final List<TimelineEntry> entries;

  private Timeline(List<TimelineEntry> entries) {
    this.entries = List.copyOf(entries);
  }

  /**
   * {@return the timeline of {@code narrative}}
   *
   * @param narrative the narrative
   */
  public static Timeline of(Narrative narrative) {
    List<TimelineEntry> entries = new ArrayList<>();
    for (Era era : narrative.eras()) {
      entries.add(TimelineEntry.of(EntityRef.era(era.id()), era.name(), era.period()));
    }
    for (PolicyLine line : narrative.policyLines()) {
      whenOf(narrative, line).ifPresent(when ->
          entries.add(TimelineEntry.of(EntityRef.policyLine(line.id()), line.name(), when)));
    }
    entries.sort(ORDER); // stable: ties keep data-set order
    return new Timeline(entries);
  }

  private static Optional<Period> whenOf(Narrative narrative, PolicyLine line) {
    if (line.adopted().isPresent()) {
      return Optional.of(Period.of(line.adopted().get()));
    }
    return line.eras().stream().map(narrative::era).flatMap(Optional::stream).map(Era::period).findFirst();
  }

  /** {@return the entries, earliest first} */
  public List<TimelineEntry> entries() {
    return entries;
  }
}
