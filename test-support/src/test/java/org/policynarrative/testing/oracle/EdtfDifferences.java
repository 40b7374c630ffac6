package org.policynarrative.testing.oracle;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.policynarrative.core.DatePrecision;
import org.policynarrative.core.HistoricalDate;

/**
 * The deliberate differences between the Java parser and edtf.js, each with the id under which
 * {@code docs/edtf-differences.md} explains it. Each rule recognizes only the disagreements it
 * explains, as narrowly as it can (where edtf.js's answer follows from a rule of its own, the
 * rule recomputes that answer), so that any other disagreement fails the comparison.
 */
final class EdtfDifferences {

  /** A documented difference: its id in the document and the disagreements it explains. */
  record Difference(String id, Predicate<OracleCase> explains) {}

  private static final Pattern TWO_DIGITS = Pattern.compile("-?\\d{2}");
  private static final Pattern ALL_X_YEAR = Pattern.compile("XXXX(-XX){0,2}");

  static final List<Difference> ALL = List.of(
      // edtf.js accepts what the library refuses.
      new Difference("feb-29-in-a-common-year", c -> c.jsAccepts() && !c.javaAccepts()
          && c.javaError().contains("is not a leap year")),
      new Difference("no-known-end", c -> c.jsAccepts() && !c.javaAccepts()
          && c.javaError().contains("it needs at least one known end")),
      new Difference("negative-year-zero", c -> c.jsAccepts() && !c.javaAccepts()
          && c.javaError().contains("there is no negative year 0")),
      new Difference("all-digits-unspecified", c -> c.jsAccepts() && !c.javaAccepts()
          && ALL_X_YEAR.matcher(c.input()).matches()),
      new Difference("two-digit-century", c -> c.jsAccepts() && !c.javaAccepts() && c.jsType().equals("Century")
          && TWO_DIGITS.matcher(c.input()).matches()),
      new Difference("years-beyond-java-time", c -> c.jsAccepts() && !c.javaAccepts()
          && c.javaError().contains("(the range of java.time)")),
      new Difference("hour-24", c -> c.jsAccepts() && !c.javaAccepts() && c.input().contains("T24:00")
          && c.javaError().contains("but was 24:00")),
      new Difference("fractions-of-a-second", c -> c.jsAccepts() && !c.javaAccepts()
          && c.javaError().contains("fractions of a second are not supported")),
      new Difference("offset-without-colon", c -> c.jsAccepts() && !c.javaAccepts()
          && c.javaError().contains("write the offset with a colon")),
      // The library accepts what edtf.js refuses.
      new Difference("qualifier-after-unspecified-digits", c -> c.javaAccepts() && !c.jsAccepts()
          && c.date().filter(d -> (d.isUncertain() || d.isApproximate()) && hasUnspecifiedDigits(d)).isPresent()),
      new Difference("interval-ends-of-every-form", c -> c.javaAccepts() && !c.jsAccepts() && c.isInterval()
          && c.ends().stream().anyMatch(d -> hasUnspecifiedDigits(d) || d.precision() == DatePrecision.SEASON
              || Math.abs(d.year()) > 9999)),
      new Difference("interval-ends-that-start-together", c -> c.javaAccepts() && !c.jsAccepts() && c.isInterval()
          && c.jsType().matches("invalid (upper|lower) bound: .*")
          && c.javaPeriod().get().start().isPresent() && c.javaPeriod().get().end().isPresent()
          && OracleCase.min(c.javaPeriod().get().start().get()) >= OracleCase.min(c.javaPeriod().get().end().get())),
      // Both accept, with different bounds; where edtf.js follows a rule of its own, the rule recomputes its bounds.
      new Difference("seasons-are-months-not-quarters", c -> c.jsAccepts() && c.javaAccepts()
          && c.date().filter(d -> d.precision() == DatePrecision.SEASON && d.year() >= 0).isPresent()
          && c.jsMin().equals(Long.toString(quarter(c.date().get()).min))
          && c.jsMax().equals(Long.toString(quarter(c.date().get()).max))),
      new Difference("negative-season-latest-day", c -> c.jsAccepts() && c.javaAccepts()
          && c.date().filter(d -> d.precision() == DatePrecision.SEASON && d.year() < 0).isPresent()
          && c.jsMin().equals(Long.toString(quarter(c.date().get()).min))
          && c.jsMax().equals(Long.toString(quarter(HistoricalDate.ofSeason(-c.date().get().year(),
              c.date().get().season().get())).max))),
      new Difference("negative-year-with-unspecified-month-or-day", c -> c.jsAccepts() && c.javaAccepts()
          && c.date().filter(d -> d.year() < 0 && d.unspecifiedTo().isPresent()).isPresent()
          && Long.parseLong(c.jsMin()) > Long.parseLong(c.jsMax())),
      new Difference("february-of-year-0", c -> c.jsAccepts() && c.javaAccepts()
          && c.date().filter(d -> d.year() == 0 && d.month().orElse(0) == 2).isPresent()
          && offByAtMostADayLater(c)));

  private EdtfDifferences() {}

  /** The documented differences that explain a disagreement; empty for an unexplained one. */
  static List<Difference> explaining(OracleCase disagreement) {
    return ALL.stream().filter(d -> d.explains().test(disagreement)).toList();
  }

  private static boolean hasUnspecifiedDigits(HistoricalDate date) {
    return date.unspecifiedTo().isPresent() || date.precision() == DatePrecision.DECADE
        || date.precision() == DatePrecision.CENTURY;
  }

  /** edtf.js's bounds of year 0 in February are one day later than the calendar's, or equal. */
  private static boolean offByAtMostADayLater(OracleCase c) {
    long min = Long.parseLong(c.jsMin()) - Long.parseLong(c.javaMin());
    long max = Long.parseLong(c.jsMax()) - Long.parseLong(c.javaMax());
    return (min == 0 || min == OracleCase.DAY) && (max == 0 || max == OracleCase.DAY) && min + max > 0;
  }

  private record Bounds(long min, long max) {}

  /** edtf.js's season: a quarter of its year, 21 January-March to 24 October-December. */
  private static Bounds quarter(HistoricalDate season) {
    int first = 3 * (season.season().orElseThrow() - 21) + 1;
    LocalDate start = LocalDate.of(season.year(), first, 1);
    LocalDate end = YearMonth.of(season.year(), first + 2).atEndOfMonth();
    return new Bounds(start.toEpochDay() * OracleCase.DAY, (end.toEpochDay() + 1) * OracleCase.DAY - 1);
  }

  /** The ids, in order. */
  static List<String> ids() {
    return ALL.stream().map(Difference::id).toList();
  }

  static Optional<Difference> byId(String id) {
    return ALL.stream().filter(d -> d.id().equals(id)).findFirst();
  }
}
