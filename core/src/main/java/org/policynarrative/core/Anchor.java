package org.policynarrative.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a claim stands in its source: the exact quote, with optional context and offsets, as a
 * W3C Web Annotation TextQuoteSelector and TextPositionSelector.
 *
 * <p>Offsets count Unicode code points from the start of the source text (0-based, end
 * exclusive), so they mean the same in every programming language. Use
 * {@link SourceText#anchor(String)} to compute an anchor from a quote. An anchor whose offsets do
 * not span its quote ({@code end - start} is not the quote's length) can be built and read, so that
 * it can be repaired; {@link NarrativeValidator} reports it.
 */
@Value.Immutable
@NarrativeStyle
public abstract class Anchor {

  /** {@return the id of the {@link Source}} */
  public abstract String source();

  /** {@return the quoted text, exactly as it stands in the source} */
  public abstract String exact();

  /** {@return the text just before the quote, to tell apart repeated quotes} */
  public abstract Optional<String> prefix();

  /** {@return the text just after the quote} */
  public abstract Optional<String> suffix();

  /** {@return offset of the quote's first code point} */
  public abstract Optional<Integer> start();

  /** {@return offset just past the quote's last code point} */
  public abstract Optional<Integer> end();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Anchor}. It has one method per attribute, named after the attribute's accessor
   * above: a setter for a single value (for an optional one, also a setter taking an
   * {@code Optional}); for a list, {@code addX(x)}, {@code addX(x...)} and {@code addAllX(iterable)}
   * (which add) and {@code x(iterable)} (which replaces); for a map, {@code putX(key, value)},
   * {@code putAllX(map)} and {@code x(map)}. {@code from(value)} copies every attribute of an
   * existing {@code Anchor}, so that {@code Anchor.builder().from(value).someAttribute(...).build()} changes
   * one thing. A later setter replaces an earlier one; {@code null} is refused with a
   * {@link NullPointerException}. {@code build()} throws {@link InvalidValueException}, naming the type
   * and attribute, when a value is invalid or a required one is missing.
   */
  public static final class Builder extends ImmutableAnchor.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Invariants.slug("Anchor", "source", source());
    if (exact().isEmpty()) {
      throw new InvalidValueException("Anchor", "exact", "must not be empty");
    }
    // Each accessor once: every call makes a new Optional.
    Optional<Integer> start = start();
    Optional<Integer> end = end();
    if (start.isPresent() != end.isPresent()) {
      throw new InvalidValueException("Anchor", start.isPresent() ? "end" : "start",
          "must be given together with Anchor." + (start.isPresent() ? "start" : "end"));
    }
    if (start.isPresent()) {
      int s = start.get();
      int e = end.get();
      if (s < 0) {
        throw new InvalidValueException("Anchor", "start", "must not be negative, but was " + s);
      }
      if (e < s) {
        throw new InvalidValueException("Anchor", "end", "must not be less than Anchor.start, but was " + s + ".." + e);
      }
      // That end - start is the quote's length is checked by NarrativeValidator, which can say where the quote
      // is: an anchor with stale offsets must still be readable, so that the anchor command can repair it.
    }
  }
}
