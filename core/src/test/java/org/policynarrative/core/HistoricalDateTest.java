package org.policynarrative.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** EDTF levels 0 and 1: parsing, printing, earliest and latest days, order, messages (calendars: {@link CalendarWordingTest}). */
class HistoricalDateTest {

  @Test
  void aHugeBadInputGivesAShortMessageThatNamesItsLength() {
    String huge = "1".repeat(1_000_000);
    assertThatThrownBy(() -> HistoricalDate.parse(huge))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("'" + "1".repeat(60) + "...' (1000000 characters) is not a date")
        // The quoted input is cut; the rest is the list of accepted forms.
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(500));
    assertThatThrownBy(() -> Period.parse("1953/1954/" + huge))
        .hasMessageContaining("(1000010 characters) is not a period")
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      // text,        precision, uncertain, approximate, earliest,   latest
      "1953,          YEAR,      false,     false,       1953-01-01, 1953-12-31",
      "2016-05,       MONTH,     false,     false,       2016-05-01, 2016-05-31",
      "2016-02,       MONTH,     false,     false,       2016-02-01, 2016-02-29",
      "2015-02,       MONTH,     false,     false,       2015-02-01, 2015-02-28",
      "2016-05-06,    DAY,       false,     false,       2016-05-06, 2016-05-06",
      "196X,          DECADE,    false,     false,       1960-01-01, 1969-12-31",
      "195X?,         DECADE,    true,      false,       1950-01-01, 1959-12-31",
      "1953?,         YEAR,      true,      false,       1953-01-01, 1953-12-31",
      "1953~,         YEAR,      false,     true,        1953-01-01, 1953-12-31",
      "1953-06%,      MONTH,     true,      true,        1953-06-01, 1953-06-30",
      "0000,          YEAR,      false,     false,       0000-01-01, 0000-12-31",
      "999X,          DECADE,    false,     false,       9990-01-01, 9999-12-31",
      // level 1: negative and long years
      "-0044,         YEAR,      false,     false,       -0044-01-01, -0044-12-31",
      "-0001-02-28?,  DAY,       true,      false,       -0001-02-28, -0001-02-28",
      "-0004-02-29,   DAY,       false,     false,       -0004-02-29, -0004-02-29",
      "Y12000,        YEAR,      false,     false,       +12000-01-01, +12000-12-31",
      "Y-12000,       YEAR,      false,     false,       -12000-01-01, -12000-12-31",
      "Y170000002,    YEAR,      false,     false,       +170000002-01-01, +170000002-12-31",
      "Y-999999999,   YEAR,      false,     false,       -999999999-01-01, -999999999-12-31",
      "Y10000,        YEAR,      false,     false,       +10000-01-01, +10000-12-31",
      // level 1: unspecified digits
      "19XX,          CENTURY,   false,     false,       1900-01-01, 1999-12-31",
      "00XX~,         CENTURY,   false,     true,        0000-01-01, 0099-12-31",
      "-196X,         DECADE,    false,     false,       -1969-01-01, -1960-12-31",
      "-19XX,         CENTURY,   false,     false,       -1999-01-01, -1900-12-31",
      "1953-XX,       YEAR,      false,     false,       1953-01-01, 1953-12-31",
      "1985-04-XX,    MONTH,     false,     false,       1985-04-01, 1985-04-30",
      "1985-02-XX%,   MONTH,     true,      true,        1985-02-01, 1985-02-28",
      "1985-XX-XX,    YEAR,      false,     false,       1985-01-01, 1985-12-31",
      "-1985-XX,      YEAR,      false,     false,       -1985-01-01, -1985-12-31",
      // level 1: seasons, counted as in the northern hemisphere
      "1953-21,       SEASON,    false,     false,       1953-03-01, 1953-05-31",
      "1953-22,       SEASON,    false,     false,       1953-06-01, 1953-08-31",
      "1953-23,       SEASON,    false,     false,       1953-09-01, 1953-11-30",
      "1953-24,       SEASON,    false,     false,       1953-12-01, 1954-02-28",
      "1955-24,       SEASON,    false,     false,       1955-12-01, 1956-02-29",
      "-0001-24,      SEASON,    false,     false,       -0001-12-01, 0000-02-29",
      // level 0: date and time, bounded by the day as written
      "1985-04-12T23:20:30,       SECOND, false, false,  1985-04-12, 1985-04-12",
      "1985-04-12T23:20:30Z,      SECOND, false, false,  1985-04-12, 1985-04-12",
      "1985-04-12T23:20:30+04:00, SECOND, false, false,  1985-04-12, 1985-04-12",
      "1985-04-12T23:20:30-12:00, SECOND, false, false,  1985-04-12, 1985-04-12",
      "1953-07-27T10:00,          MINUTE, false, false,  1953-07-27, 1953-07-27",
      "1953-07-27T10:00+09:00,    MINUTE, false, false,  1953-07-27, 1953-07-27",
  })
  void parsesEdtfAndPrintsItBack(String text, DatePrecision precision, boolean uncertain, boolean approximate,
      LocalDate earliest, LocalDate latest) {
    HistoricalDate date = HistoricalDate.parse(text);

    assertThat(date.precision()).isEqualTo(precision);
    assertThat(date.isUncertain()).isEqualTo(uncertain);
    assertThat(date.isApproximate()).isEqualTo(approximate);
    assertThat(date.earliest()).isEqualTo(earliest);
    assertThat(date.latest()).isEqualTo(latest);
    assertThat(date.calendar()).isEqualTo(CalendarModel.GREGORIAN);
    assertThat(date.asWritten()).isEmpty();
    assertThat(date.toEdtf()).isEqualTo(text);
    assertThat(date.text()).isEqualTo(text);
    assertThat(HistoricalDate.parse(date.text())).isEqualTo(date);
  }

  @ParameterizedTest(name = "{0} prints as {1}")
  @CsvSource({
      "1985-04-12T23:20:30-04,    1985-04-12T23:20:30-04:00",
      "1985-04-12T23:20:30+00:00, 1985-04-12T23:20:30Z",
      "1985-04-12T23:20:30+00,    1985-04-12T23:20:30Z",
      "1985-04-12T23:20:30+05:30, 1985-04-12T23:20:30+05:30",
  })
  void anOffsetPrintsInOneSpellingWithTheSameValue(String text, String edtf) {
    HistoricalDate date = HistoricalDate.parse(text);
    assertThat(date.toEdtf()).isEqualTo(edtf);
    assertThat(HistoricalDate.parse(edtf)).isEqualTo(date);
  }

  @Test
  void aDateAndTimeKeepsItsTimeAndOffset() {
    HistoricalDate date = HistoricalDate.parse("1985-04-12T23:20:30+04:00");
    assertThat(date.time()).contains(LocalTime.of(23, 20, 30));
    assertThat(date.offset()).contains(ZoneOffset.ofHours(4));
    assertThat(date.day()).contains(12);
    assertThat(date).isEqualTo(HistoricalDate.ofDateTime(
        OffsetDateTime.of(1985, 4, 12, 23, 20, 30, 0, ZoneOffset.ofHours(4)), DatePrecision.SECOND));
    HistoricalDate minute = HistoricalDate.parse("1953-07-27T10:00");
    assertThat(minute.offset()).isEmpty();
    assertThat(minute).isEqualTo(HistoricalDate.ofDateTime(LocalDateTime.of(1953, 7, 27, 10, 0), DatePrecision.MINUTE))
        .isNotEqualTo(HistoricalDate.ofDateTime(LocalDateTime.of(1953, 7, 27, 10, 0), DatePrecision.SECOND));
    assertThat(HistoricalDate.ofDateTime(LocalDateTime.of(1953, 7, 27, 10, 0), DatePrecision.SECOND).toEdtf())
        .isEqualTo("1953-07-27T10:00:00");
  }

  @Test
  void unspecifiedDigitsAreKeptApartFromThePlainForms() {
    HistoricalDate month = HistoricalDate.parse("1953-XX");
    assertThat(month).isNotEqualTo(HistoricalDate.ofYear(1953)).isEqualTo(
        HistoricalDate.ofYear(1953).withUnspecifiedTo(DatePrecision.MONTH));
    assertThat(month.unspecifiedTo()).contains(DatePrecision.MONTH);
    assertThat(month.month()).isEmpty();
    assertThat(HistoricalDate.parse("1985-04-XX")).isEqualTo(HistoricalDate.ofMonth(1985, 4)
        .withUnspecifiedTo(DatePrecision.DAY));
    assertThat(HistoricalDate.parse("1985-04-XX").month()).contains(4);
    assertThat(HistoricalDate.parse("1985-XX-XX")).isEqualTo(HistoricalDate.ofYear(1985)
        .withUnspecifiedTo(DatePrecision.DAY));
    assertThat(HistoricalDate.parse("19XX")).isEqualTo(HistoricalDate.ofCentury(1900));
    assertThat(HistoricalDate.parse("-196X")).isEqualTo(HistoricalDate.ofDecade(-1960));
    assertThat(HistoricalDate.parse("1953").unspecifiedTo()).isEmpty();
    assertThatThrownBy(() -> HistoricalDate.ofDay(1985, 4, 12).withUnspecifiedTo(DatePrecision.DAY))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only a year");
    assertThatThrownBy(() -> HistoricalDate.ofMonth(1985, 4).withUnspecifiedTo(DatePrecision.MONTH))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only a year");
  }

  @Test
  void aSeasonIsNeitherAMonthNorQualified() {
    HistoricalDate spring = HistoricalDate.parse("1953-21");
    assertThat(spring.season()).contains(21);
    assertThat(spring.month()).isEmpty();
    assertThat(spring).isEqualTo(HistoricalDate.ofSeason(1953, 21));
    assertThatThrownBy(() -> spring.withQualifiers(false, true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("level 2");
    assertThatThrownBy(() -> HistoricalDate.ofSeason(1953, 25)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theInternalPrecisionsListTheSameNamesInTheSameOrder() {
    assertThat(org.policynarrative.core.internal.EdtfParts.Unit.values()).extracting(Enum::name)
        .containsExactly(java.util.Arrays.stream(DatePrecision.values()).map(Enum::name).toArray(String[]::new));
  }

  @Test
  void componentsAreOptionalByPrecision() {
    assertThat(HistoricalDate.parse("1953").month()).isEmpty();
    assertThat(HistoricalDate.parse("1953").day()).isEmpty();
    assertThat(HistoricalDate.parse("2016-05").month()).contains(5);
    assertThat(HistoricalDate.parse("2016-05").day()).isEmpty();
    assertThat(HistoricalDate.parse("2016-05-06").day()).contains(6);
    assertThat(HistoricalDate.parse("196X").year()).isEqualTo(1960);
  }

  @Test
  void factoriesEqualParsedValues() {
    assertThat(HistoricalDate.ofYear(1953)).isEqualTo(HistoricalDate.parse("1953"));
    assertThat(HistoricalDate.ofMonth(2016, 5)).isEqualTo(HistoricalDate.parse("2016-05"));
    assertThat(HistoricalDate.ofDay(2016, 5, 6)).isEqualTo(HistoricalDate.parse("2016-05-06"));
    assertThat(HistoricalDate.ofDecade(1960)).isEqualTo(HistoricalDate.parse("196X"));
    assertThat(HistoricalDate.ofYear(1953).withQualifiers(true, true)).isEqualTo(HistoricalDate.parse("1953%"));
  }

  @Test
  void aFreeWordingIsKeptButNotUsedAsText() {
    HistoricalDate date = HistoricalDate.ofDecade(1960).withWording("in the 1960s", CalendarModel.GREGORIAN);

    assertThat(date.asWritten()).contains("in the 1960s");
    assertThat(date.text()).isEqualTo("196X");
    assertThat(date.toEdtf()).isEqualTo("196X");
    // The wording is lost by parse(text()): formats must store it beside the EDTF.
    assertThat(HistoricalDate.parse(date.text())).isNotEqualTo(date).isEqualTo(HistoricalDate.ofDecade(1960));
  }

  @Test
  void aBlankWordingIsRejected() {
    assertThatThrownBy(() -> HistoricalDate.ofYear(1953).withWording(" ", CalendarModel.GREGORIAN))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("wording");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "2016-13      | '2016-13': month must be between 01 and 12, but was 13",
      "2016-00      | '2016-00': month must be between 01 and 12, but was 0",
      "2016-02-30   | '2016-02-30': 2016-02-30 is not a day of the calendar",
      "2015-02-29   | '2015-02-29': 2015-02-29 is not a day of the calendar",
      "19530        | '19530' is not a date; a year of more than four digits is written with a Y: Y19530",
      "53           | '53' is not a date",
      "1953??       | '1953??' is not a date",
      "196X-05      | '196X-05' uses unspecified digits where level 1 has none",
      "1XXX         | '1XXX' uses unspecified digits where level 1 has none",
      "1985-XX-12   | which is EDTF level 2 and not supported; expected EDTF levels 0 and 1",
      "2004?-06-11  | '2004?-06-11' uses a qualifier on one part of the date",
      "{1667,1668}  | '{1667,1668}' uses a set of dates",
      "Y17E7        | 'Y17E7' uses an exponential year or significant digits",
      "1950S2       | which is EDTF level 2",
      "2001-25      | '2001-25': the divisions of a year 25 to 41",
      "1953-1957    | '1953-1957' is not a date but a span of years: write the period 1953/1957",
      "1953–1957    | write the period 1953/1957",
      "1953-02-29   | '1953-02-29': 1953-02-29 is not a day of the calendar (1953 is not a leap year)",
      "1900-02-29   | '1900-02-29': 1900-02-29 is not a day of the calendar (1900 is not a leap year)",
      "1953-04-31   | 1953-04-31 is not a day of the calendar",
      "-0000        | there is no negative year 0",
      "-000X        | there is no negative year 0",
      "Y1953        | Y is only for years of more than four digits",
      "Y012000      | without leading zeros",
      "Y1000000000  | the range of java.time",
      "Y12000?      | a year written with Y stands alone",
      "Y12000-05    | a year written with Y stands alone",
      "1953-21~     | a season takes no qualifier",
      "1985-04-12T23:20:30? | a date and time takes no qualifier",
      "1985-04-12T24:00:00  | time of day must be between 00:00:00 and 23:59:59, but was 24:00:00",
      "1985-04-12T23:60     | but was 23:60",
      "1985-04-12T23:20:30.5 | fractions of a second are not supported",
      "1985-04-12T23        | expected a time of day after T",
      "1985-04-12T23:20:30+0400 | write the offset with a colon",
      "1985-04-12T23:20:30-00:00 | the offset -00:00 means an unknown local offset",
      "1985-04-12T23:20:30+14:30 | offset must be whole minutes between -12:00 and +14:00",
      "1985-04-12T23:20:30-13:00 | offset must be whole minutes between -12:00 and +14:00, but was -13:00",
      "1985-XX-XXT10:00     | is not a date",
      "196x         | an unspecified digit is a capital X: 196X",
      "1953-21-05   | a season (21 spring to 24 winter) has no day",
      "' 1953'      | ' 1953' is not a date",
      "''           | '' is not a date",
      "1953/1960    | '1953/1960' is not a date",
      "juche 42     | 'juche 42' is not a date",
  })
  void invalidTextIsRejectedSayingWhy(String text, String message) {
    assertThatThrownBy(() -> HistoricalDate.parse(text))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("'" + text + "'")
        .hasMessageContaining(message);
  }

  @Test
  void aNotADateMessageListsTheAcceptedForms() {
    assertThatThrownBy(() -> HistoricalDate.parse("spring 1953"))
        .hasMessage("'spring 1953' is not a date; expected EDTF levels 0 and 1, such as 1953, 2016-05, 2016-05-06, "
            + "1985-04-12T23:20:30 (with Z or +09:00), -0044, Y12000, 196X, 19XX, 1953-XX, 1985-04-XX, 1985-XX-XX, "
            + "the season 1953-21 (21 spring to 24 winter), each but the last two kinds optionally followed by ? ~ or %; "
            + "or a year in the source's calendar, such as 'Juche 42 (1953)', '주체42(1953)년', '民國42年', '昭和28年' "
            + "or 'B.E. 2496'");
  }

  @Test
  void invalidFactoryArgumentsAreRejected() {
    assertThatThrownBy(() -> HistoricalDate.ofDecade(1965))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("decade");
    assertThatThrownBy(() -> HistoricalDate.ofCentury(1950))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("century");
    assertThatThrownBy(() -> HistoricalDate.ofYear(1_000_000_000))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.time");
    assertThatThrownBy(() -> HistoricalDate.ofMonth(10000, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Y10000");
    assertThatThrownBy(() -> HistoricalDate.ofYear(12000).withQualifiers(true, false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stands alone");
    assertThatThrownBy(() -> HistoricalDate.ofDateTime(LocalDateTime.of(1953, 7, 27, 10, 0, 1), DatePrecision.MINUTE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finer than its precision");
    assertThatThrownBy(() -> HistoricalDate.ofDateTime(LocalDateTime.of(1953, 7, 27, 10, 0), DatePrecision.DAY))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minute or second");
    assertThatThrownBy(() -> HistoricalDate.ofDateTime(
        OffsetDateTime.of(1953, 7, 27, 10, 0, 0, 0, ZoneOffset.ofHours(15)), DatePrecision.MINUTE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("+14:00");
  }

  @Test
  void negativeAndLongYearsAreInRangeOfTheFactories() {
    assertThat(HistoricalDate.ofYear(-1).toEdtf()).isEqualTo("-0001");
    assertThat(HistoricalDate.ofYear(10000).toEdtf()).isEqualTo("Y10000");
    assertThat(HistoricalDate.ofYear(-10000).toEdtf()).isEqualTo("Y-10000");
    assertThat(HistoricalDate.ofYear(9999).toEdtf()).isEqualTo("9999");
    assertThat(HistoricalDate.ofYear(-9999).toEdtf()).isEqualTo("-9999");
  }

  @Test
  void datesSortByEarliestThenLatestDay() {
    List<HistoricalDate> dates = new ArrayList<>(List.of(
        HistoricalDate.parse("1970"), HistoricalDate.parse("1960-05-01"), HistoricalDate.parse("196X"),
        HistoricalDate.parse("1960"), HistoricalDate.parse("1960-05"), HistoricalDate.parse("1953~")));

    dates.sort(HistoricalDate.CHRONOLOGICAL);

    assertThat(dates).extracting(HistoricalDate::toEdtf)
        .containsExactly("1953~", "1960", "196X", "1960-05-01", "1960-05", "1970");
  }

  @Test
  void equalityIncludesQualifiersCalendarAndWording() {
    assertThat(HistoricalDate.parse("1953")).isNotEqualTo(HistoricalDate.parse("1953?"));
    assertThat(HistoricalDate.parse("1953")).isNotEqualTo(HistoricalDate.parse("Juche 42"));
    assertThat(HistoricalDate.parse("Juche 42")).isNotEqualTo(HistoricalDate.parse("Juche 42 (1953)"));
    assertThat(HistoricalDate.parse("1953")).hasSameHashCodeAs(HistoricalDate.ofYear(1953)).hasToString("1953");
  }
}
