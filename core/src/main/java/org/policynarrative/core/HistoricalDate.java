package org.policynarrative.core;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.policynarrative.core.internal.CalendarWordings;
import org.policynarrative.core.internal.Checks;
import org.policynarrative.core.internal.EdtfDateParser;
import org.policynarrative.core.internal.EdtfDiagnosis;
import org.policynarrative.core.internal.EdtfParts;
import org.policynarrative.core.internal.EdtfParts.Unit;

/**
 * A point in time as precisely as a source gives it, in EDTF (ISO 8601-2, the Library of
 * Congress Extended Date/Time Format) levels 0 and 1, possibly written in the source's own
 * calendar.
 *
 * <p>Accepted text ({@link #parse(String)}), with the {@linkplain #earliest() earliest} and
 * {@linkplain #latest() latest} day of each:
 * <table>
 *   <caption>EDTF forms</caption>
 *   <tr><th>form</th><th>example</th><th>earliest to latest</th></tr>
 *   <tr><td>year, month, day (level 0)</td><td>{@code 1953}, {@code 2016-05}, {@code 2016-05-06}</td>
 *       <td>the year, month or day</td></tr>
 *   <tr><td>date and time (level 0)</td><td>{@code 1985-04-12T23:20:30}, {@code ...T23:20},
 *       {@code ...Z}, {@code ...+04:00}, {@code ...-04}</td><td>the day as written (see below)</td></tr>
 *   <tr><td>negative year (level 1)</td><td>{@code -0044}, {@code -0044-03-15}</td><td>as above; 0000 is 1 BCE</td></tr>
 *   <tr><td>long year (level 1)</td><td>{@code Y12000}, {@code Y-170000002}</td><td>the year</td></tr>
 *   <tr><td>unspecified digits (level 1)</td><td>{@code 196X}, {@code 19XX}, {@code 1953-XX},
 *       {@code 1985-04-XX}, {@code 1985-XX-XX}</td><td>1960&ndash;1969, 1900&ndash;1999, 1953, April 1985, 1985
 *       ({@code -196X}: -1969 to -1960)</td></tr>
 *   <tr><td>season (level 1)</td><td>{@code 1953-21} to {@code 1953-24}</td><td>spring: March&ndash;May,
 *       summer: June&ndash;August, autumn: September&ndash;November, winter: December 1953 to the end of
 *       February 1954</td></tr>
 *   <tr><td>qualifier (level 1)</td><td>{@code 1953?} uncertain, {@code 1953~} approximate, {@code 1953%} both</td>
 *       <td>unchanged: a qualifier says how sure the source is, not how wide the date is</td></tr>
 * </table>
 *
 * <p>A qualifier may end any of these but a season (qualified seasons are level 2), a date and
 * time and a {@code Y} year (which EDTF writes bare). Days must exist in the proleptic Gregorian
 * calendar: {@code 1953-02-29} and {@code 1900-02-29} are refused, {@code 0000-02-29} is a day
 * (year 0 is a leap year). Years run from -999,999,999 to 999,999,999, the range of
 * {@code java.time}; years beyond four digits take the {@code Y} form and stand alone (no month,
 * day or qualifier).
 *
 * <p>Seasons are counted as meteorology counts them in the northern hemisphere, where the
 * sources this library serves were written. A date and time keeps its minute or second and its
 * offset in {@link #toEdtf()}, {@link #time()} and {@link #offset()}; its earliest and latest day
 * are the calendar day as written, not converted to UTC.
 *
 * <p>EDTF level 2 is not supported. A level 2 string is refused with a message that names the
 * feature, for example {@code '{1667,1668}' uses a set of dates ([1667,1668] or {1667,1668}),
 * which is EDTF level 2; this library reads levels 0 and 1 only: expected EDTF levels 0 and 1,
 * such as 1953, ...}.
 *
 * <p><b>Calendars.</b> A year written in the source's calendar is read as its Gregorian year and
 * keeps its wording ({@link #asWritten()}) and {@link #calendar()}: {@code Juche 42 (1953)} and
 * {@code 주체42(1953)년} (Juche), {@code 民國42年} and {@code 中華民國42年} (Minguo), {@code 昭和28年},
 * {@code 平成元年}, {@code 令和5年} (Japanese eras from Meiji), {@code B.E. 2496} and {@code พ.ศ. 2496}
 * (Buddhist era); see {@link CalendarModel} for how each counts. A Gregorian year in brackets must
 * agree with the calendar year, and a year past the end of its era ({@code 昭和65年}) is refused.
 * {@link #text()} gives such wording back unchanged, while {@link #toEdtf()} is always Gregorian
 * EDTF. Any other wording can be kept beside a date with {@link #withWording}.
 *
 * <p>Instances are immutable; {@code equals} compares every component, the wording included.
 */
public final class HistoricalDate {

  /** Orders dates by earliest possible day, then by latest possible day. */
  public static final Comparator<HistoricalDate> CHRONOLOGICAL =
      Comparator.comparing(HistoricalDate::earliest).thenComparing(HistoricalDate::latest);

  /** {@link DatePrecision} by the ordinal of {@link Unit}, which lists the same precisions in the same order. */
  private static final DatePrecision[] PRECISIONS = DatePrecision.values();

  private final EdtfParts parts;
  private final CalendarModel calendar;
  private final String asWritten;
  /** True when {@link #asWritten} parses on its own to this very date, so {@link #text()} may print it. */
  private final boolean wordingIsText;

  private HistoricalDate(EdtfParts parts, CalendarModel calendar, String asWritten) {
    this.parts = parts;
    this.calendar = calendar;
    this.asWritten = asWritten;
    this.wordingIsText = asWritten != null && calendar != CalendarModel.GREGORIAN && wordingParsesTo(asWritten);
  }

  private static HistoricalDate gregorian(int year, int month, int day, Unit precision) {
    return new HistoricalDate(new EdtfParts(year, month, day, precision, null, null, null, false, false),
        CalendarModel.GREGORIAN, null);
  }

  /**
   * {@return the Gregorian year {@code year} (0 is 1 BCE); beyond four digits it prints as {@code Y12000}}
   *
   * @param year the Gregorian year (proleptic; 0 is 1 BCE)
   * @throws IllegalArgumentException when the year is beyond ±999,999,999
   */
  public static HistoricalDate ofYear(int year) {
    return gregorian(year, 0, 0, Unit.YEAR);
  }

  /**
   * {@return a Gregorian month of a year from -9999 to 9999}
   *
   * @param year the Gregorian year (proleptic; 0 is 1 BCE)
   * @param month the month, 1 to 12
   * @throws IllegalArgumentException when the month is not 1 to 12, or the year is out of range
   */
  public static HistoricalDate ofMonth(int year, int month) {
    return gregorian(year, month, 0, Unit.MONTH);
  }

  /**
   * {@return a Gregorian day of a year from -9999 to 9999}
   *
   * @param year the Gregorian year (proleptic; 0 is 1 BCE)
   * @param month the month, 1 to 12
   * @param day the day of the month
   * @throws IllegalArgumentException when there is no such day (such as 1953-02-29)
   */
  public static HistoricalDate ofDay(int year, int month, int day) {
    return gregorian(year, month, day, Unit.DAY);
  }

  /**
   * {@return a season of a year from -9999 to 9999: 21 spring, 22 summer, 23 autumn, 24 winter}
   *
   * @param year the Gregorian year (proleptic; 0 is 1 BCE)
   * @param season the EDTF season code, 21 (spring) to 24 (winter)
   * @throws IllegalArgumentException when {@code season} is not 21 to 24
   */
  public static HistoricalDate ofSeason(int year, int season) {
    return gregorian(year, season, 0, Unit.SEASON);
  }

  /**
   * The decade written with the year {@code year}, which ends in 0: {@code ofDecade(1960)} is
   * {@code 196X} (1960 to 1969), {@code ofDecade(-1960)} is {@code -196X} (-1969 to -1960).
   *
   * @param year the Gregorian year (proleptic; 0 is 1 BCE)
   * @return the decade written with the year {@code year}
   * @throws IllegalArgumentException when the year does not end in 0 or is beyond four digits
   */
  public static HistoricalDate ofDecade(int year) {
    return gregorian(year, 0, 0, Unit.DECADE);
  }

  /**
   * The century written with the year {@code year}, which ends in 00: {@code ofCentury(1900)} is
   * {@code 19XX} (1900 to 1999).
   *
   * @param year the Gregorian year (proleptic; 0 is 1 BCE)
   * @return the century written with the year {@code year}
   * @throws IllegalArgumentException when the year does not end in 00 or is beyond four digits
   */
  public static HistoricalDate ofCentury(int year) {
    return gregorian(year, 0, 0, Unit.CENTURY);
  }

  /**
   * A local date and time with no offset, to the {@link DatePrecision#MINUTE} or
   * {@link DatePrecision#SECOND}: {@code 1985-04-12T23:20:30}.
   *
   * @param dateTime the date and time, as the source gives it
   * @param precision how much of the date and time is known
   * @return a local date and time with no offset
   * @throws IllegalArgumentException for another precision, a time finer than it, or a year beyond
   *     four digits
   */
  public static HistoricalDate ofDateTime(LocalDateTime dateTime, DatePrecision precision) {
    return ofDateTime(dateTime, null, precision);
  }

  /**
   * A date and time with its offset from UTC ({@code 1985-04-12T23:20:30+04:00}), to the
   * {@link DatePrecision#MINUTE} or {@link DatePrecision#SECOND}.
   *
   * @param dateTime the date and time, as the source gives it
   * @param precision how much of the date and time is known
   * @return a date and time with its offset from UTC
   * @throws IllegalArgumentException as {@link #ofDateTime(LocalDateTime, DatePrecision)}, and
   *     for an offset that is not whole minutes from -12:00 to +14:00
   */
  public static HistoricalDate ofDateTime(OffsetDateTime dateTime, DatePrecision precision) {
    return ofDateTime(dateTime.toLocalDateTime(), dateTime.getOffset(), precision);
  }

  private static HistoricalDate ofDateTime(LocalDateTime dateTime, ZoneOffset offset, DatePrecision precision) {
    Objects.requireNonNull(dateTime, "dateTime");
    if (precision != DatePrecision.MINUTE && precision != DatePrecision.SECOND) {
      throw new IllegalArgumentException("a date and time has minute or second precision, not " + precision);
    }
    return new HistoricalDate(new EdtfParts(dateTime.getYear(), dateTime.getMonthValue(), dateTime.getDayOfMonth(),
        Unit.values()[precision.ordinal()], null, dateTime.toLocalTime(), offset, false, false),
        CalendarModel.GREGORIAN, null);
  }

  /**
   * The Gregorian year of Juche year {@code jucheYear}, remembered as written in the Juche
   * calendar: {@code ofJucheYear(42)} is 1953 and reads back as {@code Juche 42 (1953)}.
   *
   * @param jucheYear the year of the Juche calendar (1 is 1912)
   * @return the Gregorian year of Juche year {@code jucheYear}
   * @throws IllegalArgumentException when {@code jucheYear} is less than 1
   */
  public static HistoricalDate ofJucheYear(int jucheYear) {
    if (jucheYear < 1) {
      throw new IllegalArgumentException("a Juche year is 1 or later, but was " + jucheYear);
    }
    int gregorian = jucheYear + 1911;
    return ofYear(gregorian).withWording("Juche " + jucheYear + " (" + gregorian + ")", CalendarModel.JUCHE);
  }

  /**
   * {@return the date written in EDTF levels 0 and 1 or as a calendar year, as described on this class}
   *
   * @param text the text to parse
   * @throws IllegalArgumentException for anything else, with a message that quotes the text (at
   *     most 60 characters of it) and says what was expected
   */
  public static HistoricalDate parse(String text) {
    Objects.requireNonNull(text, "text");
    try {
      EdtfParts parts = EdtfDateParser.parse(text);
      if (parts != null) {
        return new HistoricalDate(parts, CalendarModel.GREGORIAN, null);
      }
      CalendarWordings.CalendarYear year = CalendarWordings.parse(text);
      if (year != null) {
        return ofYear((int) year.gregorianYear()).withWording(text, CalendarModel.fromCode(year.calendar()));
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(Checks.quote(text) + ": " + e.getMessage(), e);
    }
    throw new IllegalArgumentException(EdtfDiagnosis.notADate(text));
  }

  /**
   * {@return a copy of this date marked uncertain ({@code ?}) and/or approximate ({@code ~})}
   *
   * @param uncertain whether the source marks the date as uncertain ({@code ?})
   * @param approximate whether the date is approximate ({@code ~})
   * @throws IllegalArgumentException for a qualifier on a season, a date and time or a {@code Y} year
   */
  public HistoricalDate withQualifiers(boolean uncertain, boolean approximate) {
    return new HistoricalDate(new EdtfParts(parts.year(), parts.month(), parts.day(), parts.precision(),
        parts.unspecifiedTo(), parts.time(), parts.offset(), uncertain, approximate), calendar, asWritten);
  }

  /**
   * A copy of this year or month written down to a finer component with unspecified digits, the
   * same days: {@code ofYear(1953).withUnspecifiedTo(MONTH)} is {@code 1953-XX},
   * {@code ofYear(1985).withUnspecifiedTo(DAY)} is {@code 1985-XX-XX} and
   * {@code ofMonth(1985, 4).withUnspecifiedTo(DAY)} is {@code 1985-04-XX}.
   *
   * @param component the part of the date to leave unspecified
   * @return a copy of this year or month written down to a finer component with unspecified digits
   * @throws IllegalArgumentException for any other combination
   */
  public HistoricalDate withUnspecifiedTo(DatePrecision component) {
    Objects.requireNonNull(component, "component");
    return new HistoricalDate(new EdtfParts(parts.year(), parts.month(), parts.day(), parts.precision(),
        Unit.values()[component.ordinal()], parts.time(), parts.offset(), parts.uncertain(), parts.approximate()),
        calendar, asWritten);
  }

  /**
   * {@return a copy of this date that remembers how the source wrote it}
   *
   * @param wording the source's own text, for example {@code "Juche 42 (1953)"} or {@code "in the 1960s"}
   * @param calendar the calendar that wording counts in
   * @throws IllegalArgumentException when the wording is blank
   */
  public HistoricalDate withWording(String wording, CalendarModel calendar) {
    Objects.requireNonNull(calendar, "calendar");
    if (wording.isBlank()) {
      throw new IllegalArgumentException("wording must not be blank");
    }
    return new HistoricalDate(parts, calendar, wording);
  }

  /** {@return the Gregorian year; for a decade or century, with its unspecified digits as 0 ({@code 196X}: 1960)} */
  public int year() {
    return parts.year();
  }

  /** {@return the month, 1 to 12, when it is known (a season or {@code 1953-XX} has none)} */
  public Optional<Integer> month() {
    return parts.precision().compareTo(Unit.MONTH) >= 0 ? Optional.of(parts.month()) : Optional.empty();
  }

  /** {@return the season, 21 (spring) to 24 (winter), when the precision is {@link DatePrecision#SEASON}} */
  public Optional<Integer> season() {
    return parts.precision() == Unit.SEASON ? Optional.of(parts.month()) : Optional.empty();
  }

  /** {@return the day of the month, when it is known} */
  public Optional<Integer> day() {
    return parts.precision().compareTo(Unit.DAY) >= 0 ? Optional.of(parts.day()) : Optional.empty();
  }

  /** {@return the time of day, for a date and time} */
  public Optional<LocalTime> time() {
    return Optional.ofNullable(parts.time());
  }

  /** {@return the offset from UTC the time of day was written with ({@code Z} is {@link ZoneOffset#UTC})} */
  public Optional<ZoneOffset> offset() {
    return Optional.ofNullable(parts.offset());
  }

  /** {@return how much of the date is known} */
  public DatePrecision precision() {
    return PRECISIONS[parts.precision().ordinal()];
  }

  /**
   * The finer component the EDTF writes with {@code X} digits beyond the precision:
   * {@link DatePrecision#MONTH} for {@code 1953-XX}, {@link DatePrecision#DAY} for
   * {@code 1985-04-XX} and {@code 1985-XX-XX}; empty otherwise (decades and centuries are
   * precisions of their own).
   *
   * @return the finer component the EDTF writes with {@code X} digits beyond the precision
   */
  public Optional<DatePrecision> unspecifiedTo() {
    return parts.unspecifiedTo() == null ? Optional.empty()
        : Optional.of(PRECISIONS[parts.unspecifiedTo().ordinal()]);
  }

  /** {@return true when the source (or the encoder) is unsure of the date: EDTF {@code ?}} */
  public boolean isUncertain() {
    return parts.uncertain();
  }

  /** {@return true when the date is approximate: EDTF {@code ~}} */
  public boolean isApproximate() {
    return parts.approximate();
  }

  /** {@return the calendar the source counted in} */
  public CalendarModel calendar() {
    return calendar;
  }

  /** {@return the source's own wording of the date, when it was recorded} */
  public Optional<String> asWritten() {
    return Optional.ofNullable(asWritten);
  }

  /** {@return the earliest day this date can denote (for a date and time, its day as written)} */
  public LocalDate earliest() {
    return parts.earliest();
  }

  /** {@return the latest day this date can denote (for a date and time, its day as written)} */
  public LocalDate latest() {
    return parts.latest();
  }

  /** {@return this date in Gregorian EDTF, for example {@code 1953}, {@code 196X}, {@code 2016-05~} or {@code Y12000}} */
  public String toEdtf() {
    return parts.toEdtf();
  }

  /**
   * The text that {@link #parse(String)} turns back into an equal date: the source's wording
   * when it is a calendar year that parses on its own to this date (as {@code Juche 42 (1953)}
   * does), otherwise EDTF.
   *
   * @return the text that {@link #parse(String)} turns back into an equal date
   */
  public String text() {
    return wordingIsText ? asWritten : toEdtf();
  }

  /** True when {@code wording} is a calendar year that {@link #parse} reads as this date and calendar. */
  private boolean wordingParsesTo(String wording) {
    if (parts.precision() != Unit.YEAR || parts.uncertain() || parts.approximate() || parts.unspecifiedTo() != null) {
      return false;
    }
    try {
      CalendarWordings.CalendarYear year = CalendarWordings.parse(wording);
      return year != null && year.gregorianYear() == parts.year() && year.calendar().equals(calendar.code());
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  @Override
  public boolean equals(Object other) {
    return this == other || other instanceof HistoricalDate that && parts.equals(that.parts)
        && calendar == that.calendar && Objects.equals(asWritten, that.asWritten);
  }

  @Override
  public int hashCode() {
    return Objects.hash(parts, calendar, asWritten);
  }

  /** {@return the same as {@link #text()}} */
  @Override
  public String toString() {
    return text();
  }
}
