package org.policynarrative.core;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A quantity a claim states, structured but kept in the source's words: "steel output reached 5.35
 * million tons, 4 times that of 1952" holds two figures of the indicator "steel output", one
 * {@link StatedAs#EXACT exact} in tons for 1956 (say) and one a {@link StatedAs#MULTIPLE multiple}
 * of the 1952 baseline. Numbers are decimals as written ({@code 5.35} keeps its two places).
 */
@Value.Immutable
@NarrativeStyle
public abstract class Figure {

  /** {@return what is measured, such as "steel output" or "grain production"} */
  public abstract String indicator();

  /** {@return the id of the {@link Sector} the indicator belongs to, if the data set ties it to one} */
  public abstract Optional<String> sector();

  /** {@return the source's own wording of the figure, such as "4 times that of 1952"} */
  public abstract String wording();

  /** {@return how the value is stated} */
  public abstract StatedAs statedAs();

  /** {@return the number: the value, the lower end of a range, the multiple or the percentage; empty when unquantified} */
  public abstract Optional<BigDecimal> amount();

  /** {@return the upper end of a {@link StatedAs#RANGE range}} */
  public abstract Optional<BigDecimal> upTo();

  /** {@return the unit as the source gives it, such as "million tons"} */
  public abstract Optional<String> unit();

  /** {@return the unit's UCUM code, such as {@code t} or {@code %}} */
  public abstract Optional<String> ucum();

  /** {@return the time the figure refers to} */
  public abstract Optional<Period> period();

  /** {@return the time of the baseline it is compared with, such as 1952 in "4 times that of 1952"} */
  public abstract Optional<Period> baselinePeriod();

  /** {@return the baseline's value, when the source gives it} */
  public abstract Optional<BigDecimal> baselineAmount();

  /** {@return whether it is a target, a plan figure or a reported result} */
  public abstract FigureStatus status();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Figure}. It has one method per attribute, named after the attribute's accessor
   * above: a setter for a single value (for an optional one, also a setter taking an
   * {@code Optional}); for a list, {@code addX(x)}, {@code addX(x...)} and {@code addAllX(iterable)}
   * (which add) and {@code x(iterable)} (which replaces); for a map, {@code putX(key, value)},
   * {@code putAllX(map)} and {@code x(map)}. {@code from(value)} copies every attribute of an
   * existing {@code Figure}, so that {@code Figure.builder().from(value).someAttribute(...).build()} changes
   * one thing. A later setter replaces an earlier one; {@code null} is refused with a
   * {@link NullPointerException}. {@code build()} throws {@link InvalidValueException}, naming the type
   * and attribute, when a value is invalid or a required one is missing.
   */
  public static final class Builder extends ImmutableFigure.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Invariants.notBlank("Figure", "indicator", indicator());
    sector().ifPresent(s -> Invariants.slug("Figure", "sector", s));
    Invariants.notBlank("Figure", "wording", wording());
    unit().ifPresent(u -> Invariants.notBlank("Figure", "unit", u));
    ucum().ifPresent(u -> Invariants.ucum("Figure", u));
    boolean unquantified = statedAs() == StatedAs.UNQUANTIFIED;
    if (unquantified == amount().isPresent()) {
      throw new InvalidValueException("Figure", "amount", unquantified
          ? "must be absent when the figure is stated as 'unquantified'"
          : "is required when the figure is stated as '" + statedAs().code() + "'");
    }
    boolean range = statedAs() == StatedAs.RANGE;
    if (range != upTo().isPresent()) {
      throw new InvalidValueException("Figure", "upTo", range
          ? "is required when the figure is stated as 'range'"
          : "is only for a figure stated as 'range', not '" + statedAs().code() + "'");
    }
    if (range && upTo().get().compareTo(amount().get()) <= 0) {
      throw new InvalidValueException("Figure", "upTo",
          "must be greater than amount (" + amount().get() + "), but was " + upTo().get());
    }
  }
}
