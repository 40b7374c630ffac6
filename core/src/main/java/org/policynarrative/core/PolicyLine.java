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

  /** The id, a slug unique among the narrative's policy lines. */
  public abstract String id();

  /** A short name. */
  public abstract String name();

  /** The line as the source states it. */
  public abstract Optional<String> statement();

  /** When it was adopted, as precisely as the source says. */
  public abstract Optional<HistoricalDate> adopted();

  /** Who adopted it, such as "Workers' Party of Korea". */
  public abstract Optional<String> adoptedBy();

  /** The event at which it was adopted, such as "Seventh Congress of the WPK". */
  public abstract Optional<String> adoptedAt();

  /** The ids of the {@link Era eras} the line belongs to. */
  public abstract List<String> eras();

  /** The sector priorities the line sets. */
  public abstract List<SectorPriority> priorities();

  /** How long the source says the line is meant to last; {@link Durability#UNSTATED} by default. */
  @Value.Default
  public Durability durability() {
    return Durability.UNSTATED;
  }

  /** The id of a line this one replaces. */
  public abstract Optional<String> supersedes();

  /** The id of a line this one carries on. */
  public abstract Optional<String> continues();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PolicyLine}; {@code build()} throws {@link InvalidValueException} naming the type and attribute when a value is invalid or a required one is missing. */
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
