package org.policynarrative.core;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policynarrative.core.internal.Checks;

/**
 * A point in time as precisely as a source gives it: a decade, a year, a month or a day, possibly
 * uncertain or approximate, in the notation of EDTF (ISO 8601-2) level 0 and the level 1
 * qualifiers.
 *
 * <p>Accepted text ({@link #parse(String)}):
 * <ul>
 *   <li>{@code 1953}, {@code 2016-05}, {@code 2016-05-06}: year, month, day (years 0000 to 9999);
 *   <li>{@code 196X}: a decade (EDTF unspecified last digit);
 *   <li>a trailing {@code ?} (uncertain), {@code ~} (approximate) or {@code %} (both);
 *   <li>{@code Juche 42} or {@code Juche 42 (1953)}: a year of the Juche calendar (Gregorian =
 *       Juche + 1911, Juche year &gt;= 1); the Gregorian year in brackets, when given, must agree.
 * </ul>
 *
 * <p>A date written in the source's own wording keeps that wording: {@link #text()} gives it back
 * unchanged, while {@link #toEdtf()} is always Gregorian EDTF. Every date knows its
 * {@linkplain #earliest() earliest} and {@linkplain #latest() latest} possible day, which is how
 * dates of different precision compare and sort ({@link #CHRONOLOGICAL}).
 *
 * <p>Instances are immutable; {@code equals} compares every component, the source wording
 * included.
 */
public final class HistoricalDate {

  /** Orders dates by earliest possible day, then by latest possible day. */
  public static final Comparator<HistoricalDate> CHRONOLOGICAL =
      Comparator.comparing(HistoricalDate::earliest).thenComparing(HistoricalDate::latest);

  private static final Pattern EDTF =
      Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?([?~%])?");
  private static final Pattern DECADE = Pattern.compile("(\\d{3})X([?~%])?");
  private static final Pattern JUCHE =
      Pattern.compile("Juche\\s+(\\d{1,4})(?:\\s*\\((\\d{4})\\))?");
  private static final int JUCHE_OFFSET = 1911;

  private final int year;
  private final int month;
  private final int day;
  private final DatePrecision precision;
  private final boolean uncertain;
  private final boolean approximate;
  private final CalendarModel calendar;
  private final String asWritten;

  private HistoricalDate(int year, int month, int day, DatePrecision precision, boolean uncertain,
      boolean approximate, CalendarModel calendar, String asWritten) {
    if (year < 0 || year > 9999) {
      throw new IllegalArgumentException("year must be between 0000 and 9999, but was " + year);
    }
    if (precision.compareTo(DatePrecision.MONTH) >= 0 && (month < 1 || month > 12)) {
      throw new IllegalArgumentException("month must be between 01 and 12, but was " + month);
    }
    if (precision == DatePrecision.DAY) {
      try {
        LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        throw new IllegalArgumentException(
            String.format("%04d-%02d-%02d is not a day of the calendar", year, month, day), e);
      }
    }
    if (precision == DatePrecision.DECADE && year % 10 != 0) {
      throw new IllegalArgumentException("a decade starts in a year ending in 0, not " + year);
    }
    this.year = year;
    this.month = month;
    this.day = day;
    this.precision = precision;
    this.uncertain = uncertain;
    this.approximate = approximate;
    this.calendar = calendar;
    this.asWritten = asWritten;
  }

  /** The Gregorian year {@code year}. */
  public static HistoricalDate ofYear(int year) {
    return new HistoricalDate(year, 0, 0, DatePrecision.YEAR, false, false, CalendarModel.GREGORIAN, null);
  }

  /** A Gregorian month. */
  public static HistoricalDate ofMonth(int year, int month) {
    return new HistoricalDate(year, month, 0, DatePrecision.MONTH, false, false, CalendarModel.GREGORIAN, null);
  }

  /** A Gregorian day. */
  public static HistoricalDate ofDay(int year, int month, int day) {
    return new HistoricalDate(year, month, day, DatePrecision.DAY, false, false, CalendarModel.GREGORIAN, null);
  }

  /** The decade that starts in {@code firstYear} (which must end in 0): {@code ofDecade(1960)} is {@code 196X}. */
  public static HistoricalDate ofDecade(int firstYear) {
    return new HistoricalDate(firstYear, 0, 0, DatePrecision.DECADE, false, false, CalendarModel.GREGORIAN, null);
  }

  /**
   * The Gregorian year of Juche year {@code jucheYear}, remembered as written in the Juche
   * calendar: {@code ofJucheYear(42)} is 1953 and reads back as {@code Juche 42 (1953)}.
   *
   * @throws IllegalArgumentException when {@code jucheYear} is less than 1
   */
  public static HistoricalDate ofJucheYear(int jucheYear) {
    if (jucheYear < 1) {
      throw new IllegalArgumentException("a Juche year is 1 or later, but was " + jucheYear);
    }
    int gregorian = jucheYear + JUCHE_OFFSET;
    return new HistoricalDate(gregorian, 0, 0, DatePrecision.YEAR, false, false, CalendarModel.JUCHE,
        "Juche " + jucheYear + " (" + gregorian + ")");
  }

  /**
   * Parses EDTF or a Juche year, as described on this class.
   *
   * @throws IllegalArgumentException with a message saying what was expected, for anything else
   */
  public static HistoricalDate parse(String text) {
    Objects.requireNonNull(text, "text");
    try {
      return parseUnchecked(text);
    } catch (IllegalArgumentException e) {
      // Name the input, so the message stands on its own in a format error.
      String quoted = Checks.quote(text);
      throw e.getMessage().startsWith(quoted) ? e : new IllegalArgumentException(quoted + ": " + e.getMessage(), e);
    }
  }

  private static HistoricalDate parseUnchecked(String text) {
    HistoricalDate plain = parsePlainEdtf(text);
    if (plain != null) {
      return plain;
    }
    Matcher m = EDTF.matcher(text);
    if (m.matches()) {
      int year = Integer.parseInt(m.group(1));
      String qualifier = m.group(4);
      if (m.group(3) != null) {
        return qualify(ofDay(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))), qualifier);
      }
      if (m.group(2) != null) {
        return qualify(ofMonth(year, Integer.parseInt(m.group(2))), qualifier);
      }
      return qualify(ofYear(year), qualifier);
    }
    m = DECADE.matcher(text);
    if (m.matches()) {
      return qualify(ofDecade(Integer.parseInt(m.group(1)) * 10), m.group(2));
    }
    m = JUCHE.matcher(text);
    if (m.matches()) {
      int juche = Integer.parseInt(m.group(1));
      if (juche < 1) {
        throw new IllegalArgumentException("'" + text + "': a Juche year is 1 or later");
      }
      int gregorian = juche + JUCHE_OFFSET;
      if (m.group(2) != null && Integer.parseInt(m.group(2)) != gregorian) {
        throw new IllegalArgumentException("'" + text + "': Juche " + juche + " is " + gregorian
            + ", not " + m.group(2));
      }
      if (gregorian > 9999) {
        throw new IllegalArgumentException("'" + text + "': year must be 9999 or earlier");
      }
      return new HistoricalDate(gregorian, 0, 0, DatePrecision.YEAR, false, false, CalendarModel.JUCHE, text);
    }
    throw new IllegalArgumentException(Checks.quote(text) + " is not a date; expected EDTF such as 1953, "
        + "2016-05, 2016-05-06, 196X, 1953? or 1953~, or a Juche year such as 'Juche 42 (1953)'");
  }

  /**
   * The {@link #EDTF} forms ({@code 1953}, {@code 1953-05}, {@code 1953-05-06}, each optionally
   * followed by {@code ?}, {@code ~} or {@code %}) read without a regex, as the regex branch
   * reads them; {@code null} for any other text, which the regexes then handle.
   */
  static HistoricalDate parsePlainEdtf(String text) {
    int length = text.length();
    String qualifier = null;
    if (length > 0) {
      switch (text.charAt(length - 1)) {
        case '?':
          qualifier = "?";
          break;
        case '~':
          qualifier = "~";
          break;
        case '%':
          qualifier = "%";
          break;
        default:
          break;
      }
    }
    int body = qualifier == null ? length : length - 1;
    if (body != 4 && body != 7 && body != 10) {
      return null;
    }
    int year = digits(text, 0, 4);
    if (year < 0) {
      return null;
    }
    if (body == 4) {
      return qualify(ofYear(year), qualifier);
    }
    int month = text.charAt(4) == '-' ? digits(text, 5, 7) : -1;
    if (month < 0) {
      return null;
    }
    if (body == 7) {
      return qualify(ofMonth(year, month), qualifier);
    }
    int day = text.charAt(7) == '-' ? digits(text, 8, 10) : -1;
    if (day < 0) {
      return null;
    }
    return qualify(ofDay(year, month, day), qualifier);
  }

  /** The ASCII digits from {@code start} to {@code end} as a number, or -1 when any is not one. */
  private static int digits(String text, int start, int end) {
    int value = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static HistoricalDate qualify(HistoricalDate date, String qualifier) {
    if (qualifier == null) {
      return date;
    }
    return date.withQualifiers(!"~".equals(qualifier), !"?".equals(qualifier));
  }

  /** A copy of this date marked uncertain ({@code ?}) and/or approximate ({@code ~}). */
  public HistoricalDate withQualifiers(boolean uncertain, boolean approximate) {
    return new HistoricalDate(year, month, day, precision, uncertain, approximate, calendar, asWritten);
  }

  /**
   * A copy of this date that remembers how the source wrote it.
   *
   * @param wording the source's own text, for example {@code "Juche 42 (1953)"}
   * @param calendar the calendar that wording counts in
   * @throws IllegalArgumentException when the wording is blank
   */
  public HistoricalDate withWording(String wording, CalendarModel calendar) {
    Objects.requireNonNull(calendar, "calendar");
    if (wording.isBlank()) {
      throw new IllegalArgumentException("wording must not be blank");
    }
    return new HistoricalDate(year, month, day, precision, uncertain, approximate, calendar, wording);
  }

  /** The Gregorian year; for a decade, its first year. */
  public int year() {
    return year;
  }

  /** The month, 1 to 12, when the precision is {@link DatePrecision#MONTH} or finer. */
  public Optional<Integer> month() {
    return precision.compareTo(DatePrecision.MONTH) >= 0 ? Optional.of(month) : Optional.empty();
  }

  /** The day of the month, when the precision is {@link DatePrecision#DAY}. */
  public Optional<Integer> day() {
    return precision == DatePrecision.DAY ? Optional.of(day) : Optional.empty();
  }

  /** How much of the date is known. */
  public DatePrecision precision() {
    return precision;
  }

  /** True when the source (or the encoder) is unsure of the date: EDTF {@code ?}. */
  public boolean isUncertain() {
    return uncertain;
  }

  /** True when the date is approximate: EDTF {@code ~}. */
  public boolean isApproximate() {
    return approximate;
  }

  /** The calendar the source counted in. */
  public CalendarModel calendar() {
    return calendar;
  }

  /** The source's own wording of the date, when it was recorded. */
  public Optional<String> asWritten() {
    return Optional.ofNullable(asWritten);
  }

  /** The earliest day this date can denote. */
  public LocalDate earliest() {
    switch (precision) {
      case DAY:
        return LocalDate.of(year, month, day);
      case MONTH:
        return LocalDate.of(year, month, 1);
      default:
        return LocalDate.of(year, 1, 1);
    }
  }

  /** The latest day this date can denote. */
  public LocalDate latest() {
    switch (precision) {
      case DAY:
        return LocalDate.of(year, month, day);
      case MONTH:
        return YearMonth.of(year, month).atEndOfMonth();
      case YEAR:
        return LocalDate.of(year, 12, 31);
      default:
        return LocalDate.of(Math.min(year + 9, 9999), 12, 31);
    }
  }

  /** This date in Gregorian EDTF, for example {@code 1953}, {@code 196X} or {@code 2016-05~}. */
  public String toEdtf() {
    StringBuilder out = new StringBuilder(12);
    if (precision == DatePrecision.DECADE) {
      pad(out, year / 10, 3).append('X');
    } else {
      pad(out, year, 4);
      if (precision != DatePrecision.YEAR) {
        pad(out.append('-'), month, 2);
      }
      if (precision == DatePrecision.DAY) {
        pad(out.append('-'), day, 2);
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

  /**
   * The text that {@link #parse(String)} turns back into an equal date: the source's wording
   * when it is parseable on its own (as {@code Juche 42 (1953)} is), otherwise EDTF.
   */
  public String text() {
    if (asWritten != null && calendar == CalendarModel.JUCHE && !uncertain && !approximate
        && precision == DatePrecision.YEAR && jucheWordingYear(asWritten) == year) {
      return asWritten;
    }
    return toEdtf();
  }

  /**
   * The Gregorian year a Juche wording names, or -1 when it does not parse on its own (so a wording
   * recorded with {@link #withWording} for another year is never printed as this date's text).
   */
  private static int jucheWordingYear(String wording) {
    Matcher m = JUCHE.matcher(wording);
    if (!m.matches()) {
      return -1;
    }
    int gregorian = Integer.parseInt(m.group(1)) + JUCHE_OFFSET;
    boolean agrees = m.group(2) == null || Integer.parseInt(m.group(2)) == gregorian;
    return agrees && Integer.parseInt(m.group(1)) >= 1 ? gregorian : -1;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof HistoricalDate)) {
      return false;
    }
    HistoricalDate that = (HistoricalDate) other;
    return year == that.year && month == that.month && day == that.day
        && precision == that.precision && uncertain == that.uncertain
        && approximate == that.approximate && calendar == that.calendar
        && Objects.equals(asWritten, that.asWritten);
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, month, day, precision, uncertain, approximate, calendar, asWritten);
  }

  /** The same as {@link #text()}. */
  @Override
  public String toString() {
    return text();
  }
}
