package org.policynarrative.core;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.policynarrative.core.internal.Checks;

/**
 * A span of time: a single {@link HistoricalDate} (a year is a span of a year) or an EDTF
 * interval {@code START/END}. Either end of an interval may be
 * <ul>
 *   <li><b>open</b>, {@code ..} ({@code 2000/..}, {@code ../1953}): the period runs on without
 *       bound on that side (for example, a line still in force), or
 *   <li><b>unknown</b>, empty ({@code 1985/}, {@code /1985}): the period ends (or starts) at some
 *       date the source does not give.
 * </ul>
 * At least one end is a date. The two are different values with different text, but neither
 * sets a bound: the period's {@link #earliest()} or {@link #latest()} day on that side is empty,
 * because an unknown end may be any day on its side of the known one. So an unknown end, like an
 * open one, never makes {@link #overlaps} false, and the validator never reports a date as
 * outside a period for lack of a known end.
 *
 * <p>A period is never inverted: its start's earliest day is not after its end's latest day
 * ({@code 1953-05/1953} is a period, {@code 1954/1953} is not). {@link #CHRONOLOGICAL} sorts an
 * open or unknown start before, and an open or unknown end after, every day.
 */
public final class Period {

  /** Orders periods by earliest day (open and unknown starts first), then latest day (open and unknown ends last). */
  public static final Comparator<Period> CHRONOLOGICAL =
      Comparator.comparing((Period p) -> p.earliest().orElse(LocalDate.MIN))
          .thenComparing(p -> p.latest().orElse(LocalDate.MAX));

  private static final String OPEN = "..";
  private static final String UNKNOWN = "";

  private final HistoricalDate start;
  private final HistoricalDate end;
  /** Meaningful only when the end is absent: unknown ({@code 1985/}) rather than open ({@code 1985/..}). */
  private final boolean startUnknown;
  private final boolean endUnknown;

  private Period(HistoricalDate start, boolean startUnknown, HistoricalDate end, boolean endUnknown) {
    if (start == null && end == null) {
      throw new IllegalArgumentException("a period needs at least one known end, such as 1953/.. or /1953");
    }
    if (start != null && end != null && start.earliest().isAfter(end.latest())) {
      throw new IllegalArgumentException("period is inverted: starts " + start.toEdtf()
          + " after it ends " + end.toEdtf());
    }
    this.start = start;
    this.end = end;
    this.startUnknown = start == null && startUnknown;
    this.endUnknown = end == null && endUnknown;
  }

  /**
   * {@return the period covered by one date, for example the year 1953 or the decade 196X}
   *
   * @param date the date
   */
  public static Period of(HistoricalDate date) {
    Objects.requireNonNull(date, "date");
    return new Period(date, false, date, false);
  }

  /**
   * {@return the interval from {@code start} to {@code end}, both included}
   *
   * @param start the first date
   * @param end the last date
   * @throws IllegalArgumentException when {@code start} begins after {@code end} ends
   */
  public static Period between(HistoricalDate start, HistoricalDate end) {
    return new Period(Objects.requireNonNull(start, "start"), false, Objects.requireNonNull(end, "end"), false);
  }

  /**
   * {@return the interval from {@code start} with an open end ({@code 2000/..})}
   *
   * @param start the first date
   */
  public static Period from(HistoricalDate start) {
    return new Period(Objects.requireNonNull(start, "start"), false, null, false);
  }

  /**
   * {@return the interval up to {@code end} with an open start ({@code ../1953})}
   *
   * @param end the last date
   */
  public static Period until(HistoricalDate end) {
    return new Period(null, false, Objects.requireNonNull(end, "end"), false);
  }

  /**
   * {@return the interval from {@code start} to an end the source does not give ({@code 1985/})}
   *
   * @param start the first date
   */
  public static Period withUnknownEnd(HistoricalDate start) {
    return new Period(Objects.requireNonNull(start, "start"), false, null, true);
  }

  /**
   * {@return the interval to {@code end} from a start the source does not give ({@code /1985})}
   *
   * @param end the last date
   */
  public static Period withUnknownStart(HistoricalDate end) {
    return new Period(null, true, Objects.requireNonNull(end, "end"), false);
  }

  /**
   * Parses a date ({@link HistoricalDate#parse(String)}) or an interval {@code START/END}, where
   * either end may be {@code ..} for open or empty for unknown, but not both ends.
   *
   * @param text the text to parse
   * @return parses a date ({@link HistoricalDate#parse(String)}) or an interval {@code START/END}
   * @throws IllegalArgumentException with a message that quotes the text and says what was expected
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
    boolean noStart = OPEN.equals(left) || UNKNOWN.equals(left);
    boolean noEnd = OPEN.equals(right) || UNKNOWN.equals(right);
    if (noStart && noEnd) {
      throw new IllegalArgumentException(Checks.quote(text) + " is not a period; it needs at least one known end, "
          + "such as 1953/.. (open) or 1953/ (unknown end)");
    }
    try {
      HistoricalDate start = noStart ? null : end("start", left);
      HistoricalDate end = noEnd ? null : end("end", right);
      return new Period(start, UNKNOWN.equals(left), end, UNKNOWN.equals(right));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(Checks.quote(text) + ": " + e.getMessage(), e);
    }
  }

  /**
   * The period from the start of the first of {@code periods} to the end of the last, keeping the
   * kind of each end (open, unknown or a date): the span of the eras a policy line belongs to.
   */
  static Period span(List<Period> periods) {
    Period first = periods.stream().min(CHRONOLOGICAL).orElseThrow();
    Period last = periods.stream().max(Comparator.comparing((Period p) -> p.latest().orElse(LocalDate.MAX))).orElseThrow();
    if (first.start == null && last.end == null) {
      return first; // both sides without a date: the earliest-starting period is the best single answer
    }
    return new Period(first.start, first.startUnknown, last.end, last.endUnknown);
  }

  private static HistoricalDate end(String which, String text) {
    try {
      return HistoricalDate.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the " + which + " " + e.getMessage(), e);
    }
  }

  /** {@return the first date of the period; empty when the start is open or unknown} */
  public Optional<HistoricalDate> start() {
    return Optional.ofNullable(start);
  }

  /** {@return the last date of the period; empty when the end is open or unknown} */
  public Optional<HistoricalDate> end() {
    return Optional.ofNullable(end);
  }

  /** {@return true when the start is open ({@code ../1953})} */
  public boolean isStartOpen() {
    return start == null && !startUnknown;
  }

  /** {@return true when the end is open ({@code 2000/..})} */
  public boolean isEndOpen() {
    return end == null && !endUnknown;
  }

  /** {@return true when the start is unknown ({@code /1985})} */
  public boolean isStartUnknown() {
    return startUnknown;
  }

  /** {@return true when the end is unknown ({@code 1985/})} */
  public boolean isEndUnknown() {
    return endUnknown;
  }

  /** {@return true when the period is one date rather than an interval} */
  public boolean isSingleDate() {
    return start != null && start.equals(end);
  }

  /** {@return the earliest day the period can cover; empty when the start is open or unknown} */
  public Optional<LocalDate> earliest() {
    return start == null ? Optional.empty() : Optional.of(start.earliest());
  }

  /** {@return the latest day the period can cover; empty when the end is open or unknown} */
  public Optional<LocalDate> latest() {
    return end == null ? Optional.empty() : Optional.of(end.latest());
  }

  /**
   * True when some day may lie in both this period and {@code other}: a side without a known end
   * (open or unknown) is unbounded.
   *
   * @param other the other period
   * @return true when some day may lie in both this period and {@code other}
   */
  public boolean overlaps(Period other) {
    boolean startsBeforeOtherEnds = start == null || other.end == null
        || !start.earliest().isAfter(other.end.latest());
    boolean otherStartsBeforeThisEnds = other.start == null || end == null
        || !other.start.earliest().isAfter(end.latest());
    return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
  }

  /**
   * {@return true when some day of {@code date} may lie in this period}
   *
   * @param date the date
   */
  public boolean overlaps(HistoricalDate date) {
    return overlaps(of(date));
  }

  /** {@return gregorian EDTF: {@code 1953}, {@code 196X/199X}, {@code 2000/..}, {@code 1985/}} */
  public String toEdtf() {
    if (isSingleDate()) {
      return start.toEdtf();
    }
    return (start == null ? side(startUnknown) : start.toEdtf()) + "/" + (end == null ? side(endUnknown) : end.toEdtf());
  }

  /**
   * The text that {@link #parse(String)} turns back into an equal period: like {@link #toEdtf()},
   * but each end in the source's wording when that wording parses on its own.
   *
   * @return the text that {@link #parse(String)} turns back into an equal period
   */
  public String text() {
    if (isSingleDate()) {
      return start.text();
    }
    return (start == null ? side(startUnknown) : start.text()) + "/" + (end == null ? side(endUnknown) : end.text());
  }

  private static String side(boolean unknown) {
    return unknown ? UNKNOWN : OPEN;
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
    return Objects.equals(start, that.start) && Objects.equals(end, that.end)
        && startUnknown == that.startUnknown && endUnknown == that.endUnknown;
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end, startUnknown, endUnknown);
  }

  /** {@return the same as {@link #text()}} */
  @Override
  public String toString() {
    return text();
  }
}
