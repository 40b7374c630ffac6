package org.policynarrative.testing;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.policynarrative.core.CalendarModel;
import org.policynarrative.core.DatePrecision;
import org.policynarrative.core.HistoricalDate;
import org.policynarrative.core.Period;

/** The date and period arbitraries behind {@link NarrativeArbitraries}: every form of EDTF levels 0 and 1, every calendar. */
final class DateArbitraries {

  private static final long FIRST_DAY = LocalDate.of(-9999, 1, 1).toEpochDay();
  private static final long LAST_DAY = LocalDate.of(9999, 12, 31).toEpochDay();
  private static final List<String> JAPANESE_ERAS = List.of("明治", "大正", "昭和", "平成", "令和");
  private static final int[] ERA_FIRST_YEARS = {1868, 1912, 1926, 1989, 2019};
  private static final int[] ERA_LAST_YEARS = {45, 15, 64, 31, 80};
  private static final String KANJI_DIGITS = "〇一二三四五六七八九";

  private DateArbitraries() {}

  static Arbitrary<HistoricalDate> edtfDates() {
    Arbitrary<HistoricalDate> plain = Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.integers().between(-999, 999).map(d -> HistoricalDate.ofDecade(d * 10))),
        Tuple.of(1, Arbitraries.integers().between(-99, 99).map(c -> HistoricalDate.ofCentury(c * 100))),
        Tuple.of(4, fourDigitYears().map(HistoricalDate::ofYear)),
        Tuple.of(1, longYears().map(HistoricalDate::ofYear)),
        Tuple.of(3, Combinators.combine(fourDigitYears(), Arbitraries.integers().between(1, 12))
            .as(HistoricalDate::ofMonth)),
        Tuple.of(1, Combinators.combine(fourDigitYears(), Arbitraries.integers().between(21, 24))
            .as(HistoricalDate::ofSeason)),
        Tuple.of(4, days()),
        Tuple.of(2, unspecified()),
        Tuple.of(2, dateTimes()));
    return Combinators.combine(plain, Arbitraries.of(false, true), Arbitraries.of(false, true))
        .as((date, uncertain, approximate) ->
            (uncertain || approximate) && takesQualifiers(date) ? date.withQualifiers(uncertain, approximate) : date);
  }

  /** Years of four digits, 0 and the ends among the edge cases. */
  static Arbitrary<Integer> fourDigitYears() {
    return Arbitraries.integers().between(-9999, 9999).edgeCases(e -> e.add(1953, 0, -1, 9999, -9999));
  }

  private static Arbitrary<Integer> longYears() {
    Arbitrary<Integer> magnitude = Arbitraries.integers().between(10_000, 999_999_999)
        .edgeCases(e -> e.add(10_000, 12_000, 170_000_002, 999_999_999));
    return Combinators.combine(magnitude, Arbitraries.of(1, -1)).as((m, sign) -> m * sign);
  }

  private static boolean takesQualifiers(HistoricalDate date) {
    return date.precision() != DatePrecision.SEASON && date.time().isEmpty() && Math.abs(date.year()) <= 9999;
  }

  private static Arbitrary<LocalDate> localDays() {
    return Arbitraries.longs().between(FIRST_DAY, LAST_DAY).map(LocalDate::ofEpochDay)
        .edgeCases(e -> e.add(LocalDate.of(0, 2, 29), LocalDate.of(1953, 7, 27), LocalDate.of(2000, 2, 29)));
  }

  private static Arbitrary<HistoricalDate> days() {
    return localDays().map(d -> HistoricalDate.ofDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth()));
  }

  /** {@code 1953-XX}, {@code 1953-XX-XX}, {@code 1985-04-XX}. */
  private static Arbitrary<HistoricalDate> unspecified() {
    return Arbitraries.oneOf(
        fourDigitYears().map(y -> HistoricalDate.ofYear(y).withUnspecifiedTo(DatePrecision.MONTH)),
        fourDigitYears().map(y -> HistoricalDate.ofYear(y).withUnspecifiedTo(DatePrecision.DAY)),
        Combinators.combine(fourDigitYears(), Arbitraries.integers().between(1, 12))
            .as((y, m) -> HistoricalDate.ofMonth(y, m).withUnspecifiedTo(DatePrecision.DAY)));
  }

  /** Dates and times to the minute or second, without an offset or with one from -12:00 to +14:00 (Z included). */
  private static Arbitrary<HistoricalDate> dateTimes() {
    Arbitrary<LocalTime> seconds = Arbitraries.integers().between(0, 86_399).map(LocalTime::ofSecondOfDay);
    Arbitrary<ZoneOffset> offsets = Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(ZoneOffset.UTC)),
        Tuple.of(2, Arbitraries.integers().between(-12 * 60, 14 * 60).map(m -> ZoneOffset.ofTotalSeconds(m * 60))));
    return Combinators.combine(localDays(), seconds, Arbitraries.of(DatePrecision.MINUTE, DatePrecision.SECOND),
            offsets.optional())
        .as((day, time, precision, offset) -> {
          LocalDateTime local = LocalDateTime.of(day, precision == DatePrecision.MINUTE ? time.withSecond(0) : time);
          return offset.isPresent() ? HistoricalDate.ofDateTime(OffsetDateTime.of(local, offset.get()), precision)
              : HistoricalDate.ofDateTime(local, precision);
        });
  }

  /**
   * Years in the wording of every calendar, parsed from that wording: Juche in English and Korean,
   * Minguo, the Japanese eras (their first and last years among the edge cases), the Buddhist era;
   * with and without the Gregorian year in brackets, spaces, 元 and kanji or Thai numerals.
   */
  static Arbitrary<HistoricalDate> calendarDates() {
    Arbitrary<Integer> juche = Arbitraries.integers().between(1, 9999 - 1911).edgeCases(e -> e.add(1, 42));
    Arbitrary<Boolean> flag = Arbitraries.of(false, true);
    Arbitrary<String> jucheWording = Combinators.combine(juche, flag, flag, flag).as((j, korean, bracket, space) -> {
      String s = space ? " " : "";
      String gregorian = bracket ? s + "(" + (j + 1911) + ")" : "";
      return korean ? "주체" + s + j + gregorian + s + "년" : "Juche " + j + gregorian;
    });
    Arbitrary<String> minguo = Combinators.combine(Arbitraries.integers().between(1, 200).edgeCases(e -> e.add(1, 42)),
        Arbitraries.of("民國", "中華民國", "民國前"), flag).as((y, prefix, kanji) ->
            prefix + (y == 1 && !prefix.endsWith("前") ? "元" : kanji ? kanji(y) : Integer.toString(y)) + "年");
    Arbitrary<String> japanese = Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.integers()
        .between(1, 80), flag, flag).as((era, year, kanji, bracket) -> {
          int y = Math.min(year, ERA_LAST_YEARS[era]);
          String written = y == 1 ? "元" : kanji ? kanji(y) : Integer.toString(y);
          return JAPANESE_ERAS.get(era) + written + "年" + (bracket ? "（" + (ERA_FIRST_YEARS[era] + y - 1) + "年）" : "");
        });
    Arbitrary<String> buddhist = Combinators.combine(Arbitraries.integers().between(1, 9999).edgeCases(e -> e.add(2496)),
        flag).as((y, thai) -> thai ? "พ.ศ. " + thaiDigits(y) : "B.E. " + y);
    return Arbitraries.oneOf(jucheWording, minguo, japanese, buddhist).map(HistoricalDate::parse);
  }

  /** Kanji numerals with 十, 百 and 千 ({@code 二十八}), as era years are written vertically. */
  private static String kanji(int value) {
    StringBuilder out = new StringBuilder();
    int[] units = {1000, 100, 10};
    String[] names = {"千", "百", "十"};
    for (int i = 0; i < units.length; i++) {
      int digit = value / units[i] % 10;
      if (digit > 0) {
        out.append(digit > 1 ? String.valueOf(KANJI_DIGITS.charAt(digit)) : "").append(names[i]);
      }
    }
    return value % 10 > 0 ? out.append(KANJI_DIGITS.charAt(value % 10)).toString() : out.toString();
  }

  private static String thaiDigits(int value) {
    StringBuilder out = new StringBuilder();
    for (char c : Integer.toString(value).toCharArray()) {
      out.append((char) ('\u0e50' + (c - '0')));
    }
    return out.toString();
  }

  /** EDTF dates carrying a free wording of the source (in any calendar), which {@code parse(text())} does not recover. */
  static Arbitrary<HistoricalDate> wordedDates(Arbitrary<String> wordings) {
    return Combinators.combine(edtfDates(), wordings, Arbitraries.of(CalendarModel.class))
        .filter((date, wording, calendar) -> !isCalendarWording(wording))
        .as((date, wording, calendar) -> date.withWording(wording, calendar));
  }

  private static boolean isCalendarWording(String wording) {
    try {
      return HistoricalDate.parse(wording).calendar() != CalendarModel.GREGORIAN;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Single dates, closed intervals (start never after end), and intervals open or unknown at either end. */
  static Arbitrary<Period> periods(Arbitrary<HistoricalDate> dates) {
    Arbitrary<Period> between = Combinators.combine(dates, dates).as((a, b) ->
        HistoricalDate.CHRONOLOGICAL.compare(a, b) <= 0 ? Period.between(a, b) : Period.between(b, a));
    return Arbitraries.frequencyOf(
        Tuple.of(3, dates.map(Period::of)),
        Tuple.of(4, between),
        Tuple.of(1, dates.map(Period::from)),
        Tuple.of(1, dates.map(Period::until)),
        Tuple.of(1, dates.map(Period::withUnknownEnd)),
        Tuple.of(1, dates.map(Period::withUnknownStart)));
  }
}
