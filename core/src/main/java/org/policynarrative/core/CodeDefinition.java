package org.policynarrative.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A code a narrative declares for one of its open vocabularies ({@link CodeScheme}), used exactly
 * like the built-in codes, such as a claim kind {@code ownership-change} for "put capitalist
 * industry on the track of state capitalism". Like a SKOS concept, it may name the code it narrows
 * ({@link #broader()}): queries can roll it up to that code.
 */
@Value.Immutable
@NarrativeStyle
public abstract class CodeDefinition {

  /** {@return the vocabulary the code belongs to} */
  public abstract CodeScheme scheme();

  /** {@return the code, a slug, as claims or priorities use it} */
  public abstract String code();

  /** {@return a short human-readable label} */
  public abstract String label();

  /** {@return what the code means, in a sentence} */
  public abstract Optional<String> definition();

  /** {@return the code, built in or declared, of the same scheme that this one narrows} */
  public abstract Optional<String> broader();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link CodeDefinition}. It has one method per attribute, named after the attribute's accessor
   * above: a setter for a single value (for an optional one, also a setter taking an
   * {@code Optional}); for a list, {@code addX(x)}, {@code addX(x...)} and {@code addAllX(iterable)}
   * (which add) and {@code x(iterable)} (which replaces); for a map, {@code putX(key, value)},
   * {@code putAllX(map)} and {@code x(map)}. {@code from(value)} copies every attribute of an
   * existing {@code CodeDefinition}, so that {@code CodeDefinition.builder().from(value).someAttribute(...).build()} changes
   * one thing. A later setter replaces an earlier one; {@code null} is refused with a
   * {@link NullPointerException}. {@code build()} throws {@link InvalidValueException}, naming the type
   * and attribute, when a value is invalid or a required one is missing.
   */
  public static final class Builder extends ImmutableCodeDefinition.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Invariants.slug("CodeDefinition", "code", code());
    Invariants.notBlank("CodeDefinition", "label", label());
    definition().ifPresent(d -> Invariants.notBlank("CodeDefinition", "definition", d));
    broader().ifPresent(b -> Invariants.slug("CodeDefinition", "broader", b));
    if (broader().filter(code()::equals).isPresent()) {
      throw new InvalidValueException("CodeDefinition", "broader", "must not be the code itself ('" + code() + "')");
    }
  }
}
