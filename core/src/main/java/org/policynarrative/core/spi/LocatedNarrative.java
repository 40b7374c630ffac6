package org.policynarrative.core.spi;

import java.util.Objects;
import java.util.Optional;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.Problem;

/**
 * A narrative read from a document, with where its values are in that document: what
 * {@link NarrativeFormat#readLocated} returns, so that a tool can report a problem that
 * {@link org.policynarrative.core.NarrativeValidator} finds afterwards at its line and column.
 */
public final class LocatedNarrative {

  private final Narrative narrative;
  private final LocationIndex locations;

  private LocatedNarrative(Narrative narrative, LocationIndex locations) {
    this.narrative = Objects.requireNonNull(narrative, "narrative");
    this.locations = Objects.requireNonNull(locations, "locations");
  }

  /**
   * {@return a narrative with the places of its values}
   *
   * @param narrative the narrative read
   * @param locations where its values are, by {@link Problem#path()}
   */
  public static LocatedNarrative of(Narrative narrative, LocationIndex locations) {
    return new LocatedNarrative(narrative, locations);
  }

  /**
   * {@return a narrative whose places are not known, as a format that records none returns it}
   *
   * @param narrative the narrative read
   */
  public static LocatedNarrative unlocated(Narrative narrative) {
    return new LocatedNarrative(narrative, new LocationIndex());
  }

  /** {@return the narrative} */
  public Narrative narrative() {
    return narrative;
  }

  /** {@return where the narrative's values are; may know none} */
  public LocationIndex locations() {
    return locations;
  }

  /**
   * {@return where the value a problem names is: the place of its path, or of the nearest enclosing
   * value the reader recorded ({@code claims[7]} for {@code claims[7].anchor.start})}
   *
   * @param problem a problem of this narrative
   */
  public Optional<LocationIndex.Location> locate(Problem problem) {
    return locations.locate(problem.path());
  }
}
