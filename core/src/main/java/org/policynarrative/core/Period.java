package org.policynarrative.core;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.policynarrative.core.internal.Checks;

/**
 * A span of time: a single {@link HistoricalDate} (a year is a span of a year) or an EDTF
 * interval whose ends may be open ({@code 2000/..}, {@code ../1953}).
 *
 * <p>A period knows the earliest and latest day it can cover; an open end has none, and sorts
 * before (start) or after (end) every day ({@link #CHRONOLOGICAL}).
 */
public final class Period {

  /** Orders periods by earliest day (open starts first), then latest day (open ends last). */
  public static final Comparator<Period> CHRONOLOGICAL =
      Comparator.comparing((Period p) -> p.earliest().orElse(LocalDate.MIN))
          .thenComparing(p -> p.latest().orElse(LocalDate.MAX));

  private static final String OPEN = "..";

  private final HistoricalDate start;
  private final HistoricalDate end;

  private Period(HistoricalDate start, HistoricalDate end) {
    if (start == null && end == null) {
      throw new IllegalArgumentException("a period needs at least one known end; '../..' is not a period");
    }
    if (start != null && end != null && start.earliest().isAfter(end.latest())) {
      throw new IllegalArgumentException("period is inverted: starts " + start.toEdtf()
          + " after it ends " + end.toEdtf());
    }
    this.start = start;
    this.end = end;
  }

  /** The period covered by one date, for example the year 1953 or the decade 196X. */
  public static Period of(HistoricalDate date) {
    Objects.requireNonNull(date, "date");
    return new Period(date, date);
  }

  /**
   * The interval from {@code start} to {@code end}, both included.
   *
   * @throws IllegalArgumentException when {@code start} begins after {@code end} ends
   */
  public static Period between(HistoricalDate start, HistoricalDate end) {
    return new Period(Objects.requireNonNull(start, "start"), Objects.requireNonNull(end, "end"));
  }

  /** The interval from {@code start} with an open end ({@code 2000/..}). */
  public static Period from(HistoricalDate start) {
    return new Period(Objects.requireNonNull(start, "start"), null);
  }

  /** The interval up to {@code end} with an open start ({@code ../1953}). */
  public static Period until(HistoricalDate end) {
    return new Period(null, Objects.requireNonNull(end, "end"));
  }

  /**
   * Parses a date ({@link HistoricalDate#parse(String)}) or an interval {@code START/END}, where
   * either end may be {@code ..} for open.
   *
   * @throws IllegalArgumentException with a message saying what was expected
   */
  public static Period parse(String text) {
    Objects.requireNonNull(text, "text");
    int slash = text.indexOf('/');
    if (slash < 0) {
      return of(HistoricalDate.parse(text));
    }
    if (text.indexOf('/', slash + 1) >= 0) {
      throw new IllegalArgumentException(Checks.quote(text) + " is not a period; expected one '/' between start and end");
    }
    String left = text.substring(0, slash);
    String right = text.substring(slash + 1);
    HistoricalDate start = OPEN.equals(left) ? null : HistoricalDate.parse(left);
    HistoricalDate end = OPEN.equals(right) ? null : HistoricalDate.parse(right);
    return new Period(start, end);
  }

  /** The first date of the period; empty when the start is open. */
  public Optional<HistoricalDate> start() {
    return Optional.ofNullable(start);
  }

  /** The last date of the period; empty when the end is open. */
  public Optional<HistoricalDate> end() {
    return Optional.ofNullable(end);
  }

  /** True when the period is one date rather than an interval. */
  public boolean isSingleDate() {
    return start != null && start.equals(end);
  }

  /** The earliest day the period can cover; empty when the start is open. */
  public Optional<LocalDate> earliest() {
    return start == null ? Optional.empty() : Optional.of(start.earliest());
  }

  /** The latest day the period can cover; empty when the end is open. */
  public Optional<LocalDate> latest() {
    return end == null ? Optional.empty() : Optional.of(end.latest());
  }

  /** True when some day may lie in both this period and {@code other}. */
  public boolean overlaps(Period other) {
    boolean startsBeforeOtherEnds = earliest().isEmpty() || other.latest().isEmpty()
        || !earliest().get().isAfter(other.latest().get());
    boolean otherStartsBeforeThisEnds = other.earliest().isEmpty() || latest().isEmpty()
        || !other.earliest().get().isAfter(latest().get());
    return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
  }

  /** True when some day of {@code date} may lie in this period. */
  public boolean overlaps(HistoricalDate date) {
    return overlaps(of(date));
  }

  /** Gregorian EDTF: {@code 1953}, {@code 196X/199X}, {@code 2000/..}. */
  public String toEdtf() {
    if (isSingleDate()) {
      return start.toEdtf();
    }
    return (start == null ? OPEN : start.toEdtf()) + "/" + (end == null ? OPEN : end.toEdtf());
  }

  /**
   * The text that {@link #parse(String)} turns back into an equal period: like {@link #toEdtf()},
   * but each end in the source's wording when that wording parses on its own.
   */
  public String text() {
    if (isSingleDate()) {
      return start.text();
    }
    return (start == null ? OPEN : start.text()) + "/" + (end == null ? OPEN : end.text());
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Period)) {
      return false;
    }
    Period that = (Period) other;
    return Objects.equals(start, that.start) && Objects.equals(end, that.end);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end);
  }

  /** The same as {@link #text()}. */
  @Override
  public String toString() {
    return text();
  }
}
