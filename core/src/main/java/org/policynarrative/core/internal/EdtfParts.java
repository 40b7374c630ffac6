package org.policynarrative.core.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;

/**
 * One EDTF level 0 or level 1 date as values: what {@code HistoricalDate} holds. The constructor
 * enforces every rule of the forms (so a value always prints as EDTF that reads back equal), and
 * the value knows its earliest and latest day and its EDTF text. Not API.
 *
 * @param year the astronomical year (0 is 1 BCE); for a decade or century, with its unspecified
 *     digits as 0 ({@code -196X} is -1960)
 * @param month 1 to 12, a season 21 to 24, or 0 when the precision is coarser
 * @param day 1 to 31, or 0 when the precision is coarser than a day
 * @param unspecifiedTo the finest component written with {@code X} digits ({@code MONTH} for
 *     {@code 1953-XX}, {@code DAY} for {@code 1985-04-XX} and {@code 1953-XX-XX}), or null
 * @param time the time of day for {@code MINUTE} and {@code SECOND}, otherwise null
 * @param offset the offset from UTC the time was written with, or null (none written)
 */
public record EdtfParts(int year, int month, int day, Unit precision, Unit unspecifiedTo, LocalTime time,
    ZoneOffset offset, boolean uncertain, boolean approximate) {

  /** The precisions, in the order of {@code DatePrecision}. */
  public enum Unit { CENTURY, DECADE, YEAR, SEASON, MONTH, DAY, MINUTE, SECOND }

  /** The largest year, as java.time's. */
  public static final int MAX_YEAR = Year.MAX_VALUE;
  /** The largest year written with four digits; beyond it EDTF writes {@code Y12000}. */
  public static final int MAX_FOUR_DIGIT_YEAR = 9999;
  /** The westernmost and easternmost offsets in use (EDTF's, and edtf.js's, range). */
  public static final ZoneOffset MIN_OFFSET = ZoneOffset.ofHours(-12);
  public static final ZoneOffset MAX_OFFSET = ZoneOffset.ofHours(14);

  /** Checks every rule; the messages name the rule and the value that broke it. */
  public EdtfParts {
    if (year < -MAX_YEAR || year > MAX_YEAR) {
      throw new IllegalArgumentException("year must be between -" + MAX_YEAR + " and " + MAX_YEAR
          + " (the range of java.time), but was " + year);
    }
    boolean longYear = Math.abs(year) > MAX_FOUR_DIGIT_YEAR;
    if (longYear && (precision != Unit.YEAR || unspecifiedTo != null || uncertain || approximate)) {
      throw new IllegalArgumentException("a year beyond four digits, such as Y" + year
          + ", stands alone in EDTF level 1: it takes no month, season, day, X digits or qualifier");
    }
    switch (precision) {
      case CENTURY -> {
        if (year % 100 != 0) {
          throw new IllegalArgumentException("a century (19XX) starts in a year ending in 00, not " + year);
        }
      }
      case DECADE -> {
        if (year % 10 != 0) {
          throw new IllegalArgumentException("a decade (196X) starts in a year ending in 0, not " + year);
        }
      }
      case SEASON -> {
        if (month < 21 || month > 24) {
          throw new IllegalArgumentException("season must be between 21 (spring) and 24 (winter), but was " + month);
        }
      }
      default -> { }
    }
    boolean hasMonth = precision.compareTo(Unit.MONTH) >= 0;
    if (hasMonth && (month < 1 || month > 12)) {
      throw new IllegalArgumentException("month must be between 01 and 12, but was " + month
          + (month >= 13 && month <= 20 ? " (21 to 24 are the seasons)" : ""));
    }
    if (precision.compareTo(Unit.DAY) >= 0) {
      checkDay(year, month, day);
    }
    if (unspecifiedTo != null && !(precision == Unit.YEAR && (unspecifiedTo == Unit.MONTH || unspecifiedTo == Unit.DAY)
        || precision == Unit.MONTH && unspecifiedTo == Unit.DAY)) {
      throw new IllegalArgumentException("only a year (1953-XX, 1953-XX-XX) or a month (1985-04-XX) is written with "
          + "unspecified month or day digits, not a " + precision.name().toLowerCase(java.util.Locale.ROOT)
          + " down to its " + unspecifiedTo.name().toLowerCase(java.util.Locale.ROOT));
    }
    boolean timed = precision == Unit.MINUTE || precision == Unit.SECOND;
    if (timed != (time != null)) {
      throw new IllegalArgumentException("a time of day goes with minute or second precision, and only with them");
    }
    if (timed && (time.getNano() != 0 || precision == Unit.MINUTE && time.getSecond() != 0)) {
      throw new IllegalArgumentException("the time " + time + " is finer than its precision, "
          + precision.name().toLowerCase(java.util.Locale.ROOT) + "s");
    }
    if (offset != null && (!timed || offset.getTotalSeconds() < MIN_OFFSET.getTotalSeconds()
        || offset.getTotalSeconds() > MAX_OFFSET.getTotalSeconds() || offset.getTotalSeconds() % 60 != 0)) {
      throw new IllegalArgumentException(timed
          ? "offset must be whole minutes between -12:00 and +14:00, but was " + offset.getId()
          : "only a time of day has an offset");
    }
    if ((uncertain || approximate) && (precision == Unit.SEASON || timed)) {
      throw new IllegalArgumentException(precision == Unit.SEASON
          ? "a season takes no qualifier (a qualified season is EDTF level 2)"
          : "a date and time takes no qualifier (EDTF qualifies dates only)");
    }
  }

  private static void checkDay(int year, int month, int day) {
    try {
      LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      String written = yearText(year) + "-" + pad(month, 2) + "-" + pad(day, 2);
      String why = month == 2 && day == 29 ? " (" + yearText(year) + " is not a leap year)" : "";
      throw new IllegalArgumentException(written + " is not a day of the calendar" + why, e);
    }
  }

  /** The earliest day this date can denote; a date and time gives the day as written. */
  public LocalDate earliest() {
    return switch (precision) {
      case CENTURY -> LocalDate.of(year >= 0 ? year : year - 99, 1, 1);
      case DECADE -> LocalDate.of(year >= 0 ? year : year - 9, 1, 1);
      case YEAR -> LocalDate.of(year, 1, 1);
      case SEASON -> LocalDate.of(year, seasonFirstMonth(month), 1);
      case MONTH -> LocalDate.of(year, month, 1);
      default -> LocalDate.of(year, month, day);
    };
  }

  /** The latest day this date can denote; a date and time gives the day as written. */
  public LocalDate latest() {
    return switch (precision) {
      case CENTURY -> LocalDate.of(year >= 0 ? year + 99 : year, 12, 31);
      case DECADE -> LocalDate.of(year >= 0 ? year + 9 : year, 12, 31);
      case YEAR -> LocalDate.of(year, 12, 31);
      case SEASON -> YearMonth.of(year, seasonFirstMonth(month)).plusMonths(2).atEndOfMonth();
      case MONTH -> YearMonth.of(year, month).atEndOfMonth();
      default -> LocalDate.of(year, month, day);
    };
  }

  /**
   * The first month of a season, as meteorology counts seasons in the northern hemisphere: spring
   * (21) from March, summer (22) from June, autumn (23) from September, winter (24) from December
   * into February of the next year.
   */
  public static int seasonFirstMonth(int season) {
    return 3 * (season - 21) + 3;
  }

  /** This date in EDTF, for example {@code 1953}, {@code -196X}, {@code 1985-04-XX} or {@code Y12000}. */
  public String toEdtf() {
    if (Math.abs(year) > MAX_FOUR_DIGIT_YEAR) {
      return "Y" + year;
    }
    StringBuilder out = new StringBuilder(26);
    if (year < 0) {
      out.append('-');
    }
    int digits = Math.abs(year);
    switch (precision) {
      case CENTURY -> pad(out, digits / 100, 2).append("XX");
      case DECADE -> pad(out, digits / 10, 3).append('X');
      default -> pad(out, digits, 4);
    }
    if (precision == Unit.SEASON) {
      out.append('-').append(month);
    } else if (precision.compareTo(Unit.MONTH) >= 0) {
      pad(out.append('-'), month, 2);
    }
    if (precision.compareTo(Unit.DAY) >= 0) {
      pad(out.append('-'), day, 2);
    }
    if (unspecifiedTo != null) {
      out.append(precision == Unit.YEAR && unspecifiedTo == Unit.DAY ? "-XX-XX" : "-XX");
    }
    if (time != null) {
      pad(out.append('T'), time.getHour(), 2);
      pad(out.append(':'), time.getMinute(), 2);
      if (precision == Unit.SECOND) {
        pad(out.append(':'), time.getSecond(), 2);
      }
      if (offset != null) {
        out.append(offset.getId());
      }
    }
    if (uncertain && approximate) {
      out.append('%');
    } else if (uncertain) {
      out.append('?');
    } else if (approximate) {
      out.append('~');
    }
    return out.toString();
  }

  /** A year as EDTF writes it on its own: {@code 1953}, {@code -0044}, {@code Y12000}. */
  public static String yearText(int year) {
    if (Math.abs(year) > MAX_FOUR_DIGIT_YEAR) {
      return "Y" + year;
    }
    return (year < 0 ? "-" : "") + pad(Math.abs(year), 4);
  }

  private static String pad(int value, int width) {
    return pad(new StringBuilder(width), value, width).toString();
  }

  /**
   * Appends {@code value} (never negative) with leading zeros to {@code width} digits, as
   * {@code String.format("%0<width>d")} would, without its formatter and locale lookups.
   */
  private static StringBuilder pad(StringBuilder out, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      out.append('0');
    }
    return out.append(digits);
  }
}
