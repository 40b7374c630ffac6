package org.policynarrative.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the encoder of a data set wants a reader to know about an entity, such as doubt ("this
 * sentence is garbled in the source"), without making an {@link Assessment} of it. A note says
 * nothing about whether a claim is true.
 */
@Value.Immutable
@NarrativeStyle
public abstract class EncoderNote {

  /** {@return the note} */
  @Value.Parameter
  public abstract String text();

  /** {@return who wrote it} */
  public abstract Optional<String> author();

  /**
   * {@return a note with no author}
   *
   * @param text the note
   * @throws InvalidValueException when {@code text} is blank
   */
  public static EncoderNote of(String text) {
    return ImmutableEncoderNote.of(text);
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link EncoderNote}. It has one method per attribute, named after the attribute's accessor
   * above: a setter for a single value (for an optional one, also a setter taking an
   * {@code Optional}); for a list, {@code addX(x)}, {@code addX(x...)} and {@code addAllX(iterable)}
   * (which add) and {@code x(iterable)} (which replaces); for a map, {@code putX(key, value)},
   * {@code putAllX(map)} and {@code x(map)}. {@code from(value)} copies every attribute of an
   * existing {@code EncoderNote}, so that {@code EncoderNote.builder().from(value).someAttribute(...).build()} changes
   * one thing. A later setter replaces an earlier one; {@code null} is refused with a
   * {@link NullPointerException}. {@code build()} throws {@link InvalidValueException}, naming the type
   * and attribute, when a value is invalid or a required one is missing.
   */
  public static final class Builder extends ImmutableEncoderNote.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Invariants.notBlank("EncoderNote", "text", text());
    author().ifPresent(a -> Invariants.notBlank("EncoderNote", "author", a));
  }
}
