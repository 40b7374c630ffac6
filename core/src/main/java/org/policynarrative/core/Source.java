package org.policynarrative.core;

import java.util.Optional;
import org.immutables.value.Value;
import org.policynarrative.core.internal.Checks;

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

  /** Builds a {@link Source}; {@code build()} throws {@link IllegalArgumentException} on an invalid value. */
  public static final class Builder extends ImmutableSource.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.slug("Source", "id", id());
    title().ifPresent(t -> Checks.notBlank("Source", "title", t));
    publisher().ifPresent(p -> Checks.notBlank("Source", "publisher", p));
    url().ifPresent(u -> Checks.notBlank("Source", "url", u));
    language().ifPresent(l -> Checks.languageTag("Source", "language", l));
    sha256().ifPresent(h -> Checks.sha256("Source", "sha256", h));
    note().ifPresent(n -> Checks.notBlank("Source", "note", n));
  }
}
