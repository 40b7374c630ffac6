package org.policynarrative.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** EDTF and Juche dates: parsing, printing, earliest and latest days, order. */
class HistoricalDateTest {

  @Test
  void aHugeBadInputGivesAShortMessageThatNamesItsLength() {
    String huge = "1".repeat(1_000_000);
    assertThatThrownBy(() -> HistoricalDate.parse(huge))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("'" + "1".repeat(60) + "...' (1000000 characters) is not a date")
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300));
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
  void aJucheYearIsItsGregorianYearAndKeepsItsWording() {
    HistoricalDate date = HistoricalDate.parse("Juche 42 (1953)");

    assertThat(date.year()).isEqualTo(1953);
    assertThat(date.precision()).isEqualTo(DatePrecision.YEAR);
    assertThat(date.calendar()).isEqualTo(CalendarModel.JUCHE);
    assertThat(date.asWritten()).contains("Juche 42 (1953)");
    assertThat(date.text()).isEqualTo("Juche 42 (1953)");
    assertThat(date.toEdtf()).isEqualTo("1953");
    assertThat(date.earliest()).isEqualTo(LocalDate.of(1953, 1, 1));
    assertThat(HistoricalDate.parse(date.text())).isEqualTo(date);
    assertThat(HistoricalDate.ofJucheYear(42)).isEqualTo(date);
  }

  @Test
  void aJucheYearWithoutItsGregorianYearIsAccepted() {
    HistoricalDate date = HistoricalDate.parse("Juche 1");
    assertThat(date.year()).isEqualTo(1912);
    assertThat(date.text()).isEqualTo("Juche 1");
    assertThat(HistoricalDate.parse(date.text())).isEqualTo(date);
  }

  @Test
  void aJucheYearThatDisagreesWithItsGregorianYearIsRejected() {
    assertThatThrownBy(() -> HistoricalDate.parse("Juche 42 (1954)"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'Juche 42 (1954)': Juche 42 is 1953, not 1954");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Juche 0", "Juche 0 (1911)"})
  void jucheYearZeroIsRejected(String text) {
    assertThatThrownBy(() -> HistoricalDate.parse(text))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a Juche year is 1 or later");
    assertThatThrownBy(() -> HistoricalDate.ofJucheYear(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 or later");
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
  void aJucheWordingForAnotherYearIsNotUsedAsText() {
    // The wording says 1953 but the date is 1960: text() must not print a wording that parses to another year.
    HistoricalDate date = HistoricalDate.ofYear(1960).withWording("Juche 42 (1953)", CalendarModel.JUCHE);
    assertThat(date.text()).isEqualTo("1960");
    HistoricalDate inconsistent = HistoricalDate.ofYear(1953).withWording("Juche 42 (1954)", CalendarModel.JUCHE);
    assertThat(inconsistent.text()).isEqualTo("1953");
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
      "19530        | '19530' is not a date; expected EDTF",
      "53           | '53' is not a date",
      "1953??       | '1953??' is not a date",
      "196X-05      | '196X-05' is not a date",
      "' 1953'      | ' 1953' is not a date",
      "''           | '' is not a date",
      "1953/1960    | '1953/1960' is not a date",
      "Juche 8089   | 'Juche 8089': year must be 9999 or earlier",
      "juche 42     | 'juche 42' is not a date",
  })
  void invalidTextIsRejectedSayingWhy(String text, String message) {
    assertThatThrownBy(() -> HistoricalDate.parse(text))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("'" + text + "'")
        .hasMessageContaining(message);
  }

  @Test
  void invalidFactoryArgumentsAreRejected() {
    assertThatThrownBy(() -> HistoricalDate.ofDecade(1965))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("decade");
    assertThatThrownBy(() -> HistoricalDate.ofYear(10000))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("9999");
    assertThatThrownBy(() -> HistoricalDate.ofYear(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0000");
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
