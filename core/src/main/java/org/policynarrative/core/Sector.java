package org.policynarrative.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A sector of the economy or the state (heavy industry, agriculture, defence industry, ...),
 * a concept in the narrative's own scheme: sectors form a hierarchy through {@link #broader()}
 * and may be mapped to external schemes.
 */
@Value.Immutable
@NarrativeMapStyle
public abstract class Sector {

  /** {@return the id, a slug unique among the narrative's sectors} */
  public abstract String id();

  /** {@return the name in the narrative's language} */
  public abstract String name();

  /** {@return the name in other languages, keyed by BCP 47 language tag} */
  public abstract Map<String, String> labels();

  /** {@return the id of the broader sector this one belongs to, if any} */
  public abstract Optional<String> broader();

  /** {@return links to concepts of external classifications} */
  public abstract List<SectorMapping> mappings();

  /** {@return a short description of what the sector covers} */
  public abstract Optional<String> description();

  /** {@return identifiers of the same thing elsewhere: URIs or CURIEs such as {@code wikidata:Q182867} or a PeriodO period's URI} */
  public abstract List<String> identifiers();

  /** {@return the encoder's notes: doubts and remarks about the encoding, not assessments} */
  public abstract List<EncoderNote> encoderNotes();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Sector}. It has one method per attribute, named after the attribute's accessor
   * above: a setter for a single value (for an optional one, also a setter taking an
   * {@code Optional}); for a list, {@code addX(x)}, {@code addX(x...)} and {@code addAllX(iterable)}
   * (which add) and {@code x(iterable)} (which replaces); for a map, {@code putX(key, value)},
   * {@code putAllX(map)} and {@code x(map)}. {@code from(value)} copies every attribute of an
   * existing {@code Sector}, so that {@code Sector.builder().from(value).someAttribute(...).build()} changes
   * one thing. A later setter replaces an earlier one; {@code null} is refused with a
   * {@link NullPointerException}. {@code build()} throws {@link InvalidValueException}, naming the type
   * and attribute, when a value is invalid or a required one is missing.
   */
  public static final class Builder extends ImmutableSector.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Invariants.slug("Sector", "id", id());
    Invariants.notBlank("Sector", "name", name());
    labels().forEach((tag, label) -> {
      Invariants.languageTag("Sector", "labels", tag);
      Invariants.notBlank("Sector", "labels." + tag, label);
    });
    broader().ifPresent(b -> Invariants.slug("Sector", "broader", b));
    if (broader().filter(id()::equals).isPresent()) {
      throw new InvalidValueException("Sector", "broader", "must not be the sector itself ('" + id() + "')");
    }
    description().ifPresent(d -> Invariants.notBlank("Sector", "description", d));
    identifiers().forEach(i -> Invariants.identifier("Sector", i));
  }
}
