package org.policynarrative.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something that happened at a time, as the source tells it: a congress or plenum ("the Seventh
 * Congress ... held in May 2016"), a speech, a disaster ("successive natural disasters"). A policy
 * line can be adopted at an event, and claims can be about one.
 */
@Value.Immutable
@NarrativeMapStyle
public abstract class Event {

  /** {@return the id, a slug unique among the narrative's events} */
  public abstract String id();

  /** {@return the name in the narrative's language} */
  public abstract String name();

  /** {@return the name in other languages, keyed by BCP 47 language tag} */
  public abstract Map<String, String> labels();

  /** {@return when it happened, as precisely as the source says (a single date is a period of one date)} */
  public abstract Optional<Period> when();

  /** {@return where it happened, as the source says} */
  public abstract Optional<String> place();

  /** {@return the ids of the {@link Actor actors} that took part} */
  public abstract List<String> participants();

  /** {@return a short description} */
  public abstract Optional<String> summary();

  /** {@return identifiers of the same event elsewhere: URIs or CURIEs such as {@code wikidata:Q24908458}} */
  public abstract List<String> identifiers();

  /** {@return the encoder's notes} */
  public abstract List<EncoderNote> encoderNotes();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Event}. It has one method per attribute, named after the attribute's accessor
   * above: a setter for a single value (for an optional one, also a setter taking an
   * {@code Optional}); for a list, {@code addX(x)}, {@code addX(x...)} and {@code addAllX(iterable)}
   * (which add) and {@code x(iterable)} (which replaces); for a map, {@code putX(key, value)},
   * {@code putAllX(map)} and {@code x(map)}. {@code from(value)} copies every attribute of an
   * existing {@code Event}, so that {@code Event.builder().from(value).someAttribute(...).build()} changes
   * one thing. A later setter replaces an earlier one; {@code null} is refused with a
   * {@link NullPointerException}. {@code build()} throws {@link InvalidValueException}, naming the type
   * and attribute, when a value is invalid or a required one is missing.
   */
  public static final class Builder extends ImmutableEvent.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Invariants.slug("Event", "id", id());
    Invariants.notBlank("Event", "name", name());
    Invariants.labels("Event", labels());
    place().ifPresent(p -> Invariants.notBlank("Event", "place", p));
    participants().forEach(p -> Invariants.slug("Event", "participants", p));
    summary().ifPresent(s -> Invariants.notBlank("Event", "summary", s));
    identifiers().forEach(i -> Invariants.identifier("Event", i));
  }
}
