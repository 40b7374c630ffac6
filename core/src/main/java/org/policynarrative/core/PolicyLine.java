package org.policynarrative.core;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A strategic line that an actor adopted, such as the 1953 line "developing the heavy industry
 * preferentially and ensuring the simultaneous development of light industry and agriculture".
 * What it prioritises and how long it is meant to last are the source's declarations.
 */
@Value.Immutable
@NarrativeStyle
public abstract class PolicyLine {

  /** {@return the id, a slug unique among the narrative's policy lines} */
  public abstract String id();

  /** {@return a short name} */
  public abstract String name();

  /** {@return the line as the source states it} */
  public abstract Optional<String> statement();

  /** {@return when it was adopted, as precisely as the source says} */
  public abstract Optional<HistoricalDate> adopted();

  /** {@return who adopted it, such as "Workers' Party of Korea"} */
  public abstract Optional<String> adoptedBy();

  /** {@return the event at which it was adopted, such as "Seventh Congress of the WPK"} */
  public abstract Optional<String> adoptedAt();

  /** {@return the ids of the {@link Era eras} the line belongs to} */
  public abstract List<String> eras();

  /** {@return the sector priorities the line sets} */
  public abstract List<SectorPriority> priorities();

  /** {@return how long the source says the line is meant to last; {@link Durability#UNSTATED} by default} */
  @Value.Default
  public Durability durability() {
    return Durability.UNSTATED;
  }

  /** {@return the id of a line this one replaces} */
  public abstract Optional<String> supersedes();

  /** {@return the id of a line this one carries on} */
  public abstract Optional<String> continues();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link PolicyLine}. It has one method per attribute, named after the attribute's accessor
   * above: a setter for a single value (for an optional one, also a setter taking an
   * {@code Optional}); for a list, {@code addX(x)}, {@code addX(x...)} and {@code addAllX(iterable)}
   * (which add) and {@code x(iterable)} (which replaces); for a map, {@code putX(key, value)},
   * {@code putAllX(map)} and {@code x(map)}. {@code from(value)} copies every attribute of an
   * existing {@code PolicyLine}, so that {@code PolicyLine.builder().from(value).someAttribute(...).build()} changes
   * one thing. A later setter replaces an earlier one; {@code null} is refused with a
   * {@link NullPointerException}. {@code build()} throws {@link InvalidValueException}, naming the type
   * and attribute, when a value is invalid or a required one is missing.
   */
  public static final class Builder extends ImmutablePolicyLine.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Invariants.slug("PolicyLine", "id", id());
    Invariants.notBlank("PolicyLine", "name", name());
    statement().ifPresent(s -> Invariants.notBlank("PolicyLine", "statement", s));
    adoptedBy().ifPresent(s -> Invariants.notBlank("PolicyLine", "adoptedBy", s));
    adoptedAt().ifPresent(s -> Invariants.notBlank("PolicyLine", "adoptedAt", s));
    eras().forEach(e -> Invariants.slug("PolicyLine", "eras", e));
    supersedes().ifPresent(s -> Invariants.slug("PolicyLine", "supersedes", s));
    continues().ifPresent(s -> Invariants.slug("PolicyLine", "continues", s));
    for (String attribute : List.of("supersedes", "continues")) {
      Optional<String> other = attribute.equals("supersedes") ? supersedes() : continues();
      if (other.filter(id()::equals).isPresent()) {
        throw new InvalidValueException("PolicyLine", attribute, "must not name the line itself ('" + id() + "')");
      }
    }
  }
}
