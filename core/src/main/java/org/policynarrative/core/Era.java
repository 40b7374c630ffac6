package org.policynarrative.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A named stretch of history as a source defines it, such as "the Arduous March" of the 1990s.
 * Like a PeriodO period, an era is the source's own definition: its name and dates are what the
 * source says, not a consensus.
 */
@Value.Immutable
@NarrativeMapStyle
public abstract class Era {

  /** {@return the id, a slug unique among the narrative's eras} */
  public abstract String id();

  /** {@return the name in the narrative's language} */
  public abstract String name();

  /** {@return the name in other languages, keyed by BCP 47 language tag ({@code ko} to {@code 고난의 행군})} */
  public abstract Map<String, String> labels();

  /** {@return other names the era goes by} */
  public abstract List<String> alternativeNames();

  /** {@return when the era was, as the source dates it} */
  public abstract Period period();

  /** {@return a short description} */
  public abstract Optional<String> summary();

  /** {@return the id of the {@link Source} that defines the era} */
  public abstract Optional<String> source();

  /** {@return identifiers of the same thing elsewhere: URIs or CURIEs such as {@code wikidata:Q182867} or a PeriodO period's URI} */
  public abstract List<String> identifiers();

  /** {@return the encoder's notes: doubts and remarks about the encoding, not assessments} */
  public abstract List<EncoderNote> encoderNotes();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Era}. It has one method per attribute, named after the attribute's accessor
   * above: a setter for a single value (for an optional one, also a setter taking an
   * {@code Optional}); for a list, {@code addX(x)}, {@code addX(x...)} and {@code addAllX(iterable)}
   * (which add) and {@code x(iterable)} (which replaces); for a map, {@code putX(key, value)},
   * {@code putAllX(map)} and {@code x(map)}. {@code from(value)} copies every attribute of an
   * existing {@code Era}, so that {@code Era.builder().from(value).someAttribute(...).build()} changes
   * one thing. A later setter replaces an earlier one; {@code null} is refused with a
   * {@link NullPointerException}. {@code build()} throws {@link InvalidValueException}, naming the type
   * and attribute, when a value is invalid or a required one is missing.
   */
  public static final class Builder extends ImmutableEra.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Invariants.slug("Era", "id", id());
    Invariants.notBlank("Era", "name", name());
    labels().forEach((tag, label) -> {
      Invariants.languageTag("Era", "labels", tag);
      Invariants.notBlank("Era", "labels." + tag, label);
    });
    alternativeNames().forEach(n -> Invariants.notBlank("Era", "alternativeNames", n));
    summary().ifPresent(s -> Invariants.notBlank("Era", "summary", s));
    source().ifPresent(s -> Invariants.slug("Era", "source", s));
    identifiers().forEach(i -> Invariants.identifier("Era", i));
  }
}
