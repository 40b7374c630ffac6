package org.policynarrative.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The eras, events and policy lines of a narrative in chronological order. Entries sort by
 * {@link Period#CHRONOLOGICAL}; at the same time an era comes before an event and an event before a
 * policy line, then the data set's own order decides. A policy line stands at its
 * {@link PolicyLine#inForce()} period, else at its adoption date, else across all of its eras (from
 * the first's start to the last's end). Policy lines with none of these, and events with no date,
 * are left out.
 */
public final class Timeline {

  private static final Comparator<TimelineEntry> ORDER =
      Comparator.comparing(TimelineEntry::when, Period.CHRONOLOGICAL)
          .thenComparing(e -> e.ref().kind() == EntityKind.ERA ? 0 : e.ref().kind() == EntityKind.EVENT ? 1 : 2);

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
    for (Event event : narrative.events()) {
      event.when().ifPresent(when -> entries.add(TimelineEntry.of(EntityRef.event(event.id()), event.name(), when)));
    }
    for (PolicyLine line : narrative.policyLines()) {
      whenOf(narrative, line).ifPresent(when ->
          entries.add(TimelineEntry.of(EntityRef.policyLine(line.id()), line.name(), when)));
    }
    entries.sort(ORDER); // stable: ties keep data-set order
    return new Timeline(entries);
  }

  private static Optional<Period> whenOf(Narrative narrative, PolicyLine line) {
    if (line.inForce().isPresent()) {
      return line.inForce();
    }
    if (line.adopted().isPresent()) {
      return Optional.of(Period.of(line.adopted().get()));
    }
    List<Period> eras = line.eras().stream().map(narrative::era).flatMap(Optional::stream).map(Era::period).toList();
    return eras.isEmpty() ? Optional.empty() : Optional.of(Period.span(eras));
  }


  /** {@return the entries, earliest first} */
  public List<TimelineEntry> entries() {
    return entries;
  }
}
