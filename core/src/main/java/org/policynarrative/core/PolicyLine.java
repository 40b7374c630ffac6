package org.policynarrative.core;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.policynarrative.core.internal.Checks;

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

  /** Builds a {@link PolicyLine}; {@code build()} throws {@link IllegalArgumentException} on an invalid value. */
  public static final class Builder extends ImmutablePolicyLine.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.slug("PolicyLine", "id", id());
    Checks.notBlank("PolicyLine", "name", name());
    statement().ifPresent(s -> Checks.notBlank("PolicyLine", "statement", s));
    adoptedBy().ifPresent(s -> Checks.notBlank("PolicyLine", "adoptedBy", s));
    adoptedAt().ifPresent(s -> Checks.notBlank("PolicyLine", "adoptedAt", s));
    eras().forEach(e -> Checks.slug("PolicyLine", "eras", e));
    supersedes().ifPresent(s -> Checks.slug("PolicyLine", "supersedes", s));
    continues().ifPresent(s -> Checks.slug("PolicyLine", "continues", s));
    if (supersedes().filter(id()::equals).isPresent() || continues().filter(id()::equals).isPresent()) {
      throw new IllegalArgumentException("PolicyLine '" + id() + "' must not supersede or continue itself");
    }
  }
}
