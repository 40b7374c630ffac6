package org.policynarrative.core;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a narrative's text came from. Only the id is required: sources are often published
 * without a named publisher or date, and the model records what is known, nothing more.
 */
@Value.Immutable
@NarrativeStyle
public abstract class Source {

  /** {@return the id, a slug unique among the narrative's sources} */
  public abstract String id();

  /** {@return the title of the document} */
  public abstract Optional<String> title();

  /** {@return who published it} */
  public abstract Optional<String> publisher();

  /** {@return when it was published} */
  public abstract Optional<HistoricalDate> published();

  /** {@return where it was published} */
  public abstract Optional<String> url();

  /** {@return the BCP 47 language tag of its text} */
  public abstract Optional<String> language();

  /** {@return the lower-case hexadecimal SHA-256 of its text (UTF-8 bytes), so a copy can be checked} */
  public abstract Optional<String> sha256();

  /** {@return anything else worth knowing about the source: provenance, gaps, how it was retrieved} */
  public abstract Optional<String> note();

  /**
   * {@return the id of the source this one translates, when it is a translation (the English
   * version of a Korean original); a claim's anchors in both are each checked against their own text}
   */
  public abstract Optional<String> translationOf();

  /** {@return the encoder's notes: doubts and remarks about the encoding, not assessments} */
  public abstract List<EncoderNote> encoderNotes();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Source}. It has one method per attribute, named after the attribute's accessor
   * above: a setter for a single value (for an optional one, also a setter taking an
   * {@code Optional}); for a list, {@code addX(x)}, {@code addX(x...)} and {@code addAllX(iterable)}
   * (which add) and {@code x(iterable)} (which replaces); for a map, {@code putX(key, value)},
   * {@code putAllX(map)} and {@code x(map)}. {@code from(value)} copies every attribute of an
   * existing {@code Source}, so that {@code Source.builder().from(value).someAttribute(...).build()} changes
   * one thing. A later setter replaces an earlier one; {@code null} is refused with a
   * {@link NullPointerException}. {@code build()} throws {@link InvalidValueException}, naming the type
   * and attribute, when a value is invalid or a required one is missing.
   */
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
    translationOf().ifPresent(t -> Invariants.slug("Source", "translationOf", t));
    if (translationOf().filter(id()::equals).isPresent()) {
      throw new InvalidValueException("Source", "translationOf", "must not name the source itself ('" + id() + "')");
    }
  }
}
