package org.policynarrative.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a narrative's text came from. Only the id is required: sources are often published
 * without a named publisher or date, and the model records what is known, nothing more.
 */
@Value.Immutable
@NarrativeStyle
public abstract class Source {

  /** The id, a slug unique among the narrative's sources. */
  public abstract String id();

  /** The title of the document. */
  public abstract Optional<String> title();

  /** Who published it. */
  public abstract Optional<String> publisher();

  /** When it was published. */
  public abstract Optional<HistoricalDate> published();

  /** Where it was published. */
  public abstract Optional<String> url();

  /** The BCP 47 language tag of its text. */
  public abstract Optional<String> language();

  /** The lower-case hexadecimal SHA-256 of its text (UTF-8 bytes), so a copy can be checked. */
  public abstract Optional<String> sha256();

  /** Anything else worth knowing about the source: provenance, gaps, how it was retrieved. */
  public abstract Optional<String> note();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Source}; {@code build()} throws {@link InvalidValueException} naming the type and attribute when a value is invalid or a required one is missing. */
  public static final class Builder extends ImmutableSource.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Invariants.slug("Source", "id", id());
    title().ifPresent(t -> Invariants.notBlank("Source", "title", t));
    publisher().ifPresent(p -> Invariants.notBlank("Source", "publisher", p));
    url().ifPresent(u -> Invariants.notBlank("Source", "url", u));
    language().ifPresent(l -> Invariants.languageTag("Source", "language", l));
    sha256().ifPresent(h -> Invariants.sha256("Source", "sha256", h));
    note().ifPresent(n -> Invariants.notBlank("Source", "note", n));
  }
}
