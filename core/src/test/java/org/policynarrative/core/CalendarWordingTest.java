package org.policynarrative.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Years written in the calendars of East Asian official texts: each reads as its Gregorian year,
 * keeps its wording and calendar, and prints back unchanged; the edge years of every calendar and
 * era, and the wordings that must be refused.
 */
class CalendarWordingTest {

  @ParameterizedTest(name = "{0} is {2} ({1})")
  @CsvSource(delimiter = '|', value = {
      // Juche, English and the Korean of the original, with and without the Gregorian year and spaces
      "Juche 42 (1953)          | JUCHE        | 1953",
      "Juche 1                  | JUCHE        | 1912",
      "Juche 42(1953)           | JUCHE        | 1953",
      "주체42(1953)년             | JUCHE        | 1953",
      "주체42년                   | JUCHE        | 1953",
      "주체 42 (1953) 년          | JUCHE        | 1953",
      "주체42년(1953)             | JUCHE        | 1953",
      "주체1년                    | JUCHE        | 1912",
      "주체112(2023)년            | JUCHE        | 2023",
      // Minguo: 元年 is year 1, 前 counts back from 1912
      "民國42年                   | MINGUO       | 1953",
      "中華民國42年               | MINGUO       | 1953",
      "中华民国42年               | MINGUO       | 1953",
      "民國元年                   | MINGUO       | 1912",
      "民國1年                    | MINGUO       | 1912",
      "民國前1年                  | MINGUO       | 1911",
      "民國四十二年               | MINGUO       | 1953",
      "民國112年（2023年）        | MINGUO       | 2023",
      // Japanese eras, the first and last year of each; a changeover year is in both eras
      "明治元年                   | JAPANESE_ERA | 1868",
      "明治45年                   | JAPANESE_ERA | 1912",
      "大正元年                   | JAPANESE_ERA | 1912",
      "大正15年                   | JAPANESE_ERA | 1926",
      "昭和元年                   | JAPANESE_ERA | 1926",
      "昭和28年                   | JAPANESE_ERA | 1953",
      "昭和二十八年               | JAPANESE_ERA | 1953",
      "昭和６４年                 | JAPANESE_ERA | 1989",
      "平成元年                   | JAPANESE_ERA | 1989",
      "平成元年（1989年）         | JAPANESE_ERA | 1989",
      "平成31年                   | JAPANESE_ERA | 2019",
      "令和元年                   | JAPANESE_ERA | 2019",
      "令和5年                    | JAPANESE_ERA | 2023",
      "令和 5 年                  | JAPANESE_ERA | 2023",
      // Buddhist era, as Thailand counts it
      "B.E. 2496                | BUDDHIST_ERA | 1953",
      "B.E.2496                 | BUDDHIST_ERA | 1953",
      "B.E. 2496 (1953)         | BUDDHIST_ERA | 1953",
      "พ.ศ. 2496                | BUDDHIST_ERA | 1953",
      "พ.ศ. ๒๔๙๖                | BUDDHIST_ERA | 1953",
      "B.E. 543                 | BUDDHIST_ERA | 0",
      "B.E. 1                   | BUDDHIST_ERA | -542",
  })
  void aCalendarYearIsItsGregorianYearAndKeepsItsWording(String text, CalendarModel calendar, int year) {
    HistoricalDate date = HistoricalDate.parse(text);

    assertThat(date.year()).isEqualTo(year);
    assertThat(date.precision()).isEqualTo(DatePrecision.YEAR);
    assertThat(date.calendar()).isEqualTo(calendar);
    assertThat(date.asWritten()).contains(text);
    assertThat(date.text()).isEqualTo(text);
    assertThat(date.toEdtf()).isEqualTo(HistoricalDate.ofYear(year).toEdtf());
    assertThat(date.earliest()).isEqualTo(LocalDate.of(year, 1, 1));
    assertThat(date.latest()).isEqualTo(LocalDate.of(year, 12, 31));
    assertThat(HistoricalDate.parse(date.text())).isEqualTo(date);
    // What every format stores: the EDTF, the wording and the calendar.
    assertThat(HistoricalDate.parse(date.toEdtf()).withWording(text, calendar)).isEqualTo(date);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "Juche 40 (1958)    | 'Juche 40 (1958)': Juche 40 is 1951, not 1958",
      "주체42(1954)년       | Juche 42 is 1953, not 1954",
      "주체0년              | a Juche year is 1 or later",
      "주체42              | expected a year such as 'Juche 42 (1953)' or '주체42(1953)년'",
      "民國0年              | a year of Minguo is 1 (元年) or later",
      "民國42年(1954)       | Minguo 42 is 1953, not 1954",
      "民國前0年            | a year of Minguo is 1 (元年) or later",
      "民國42              | expected a year such as '民國42年' or '中華民國42年'",
      "明治46年             | Meiji (明治) ran from 1868 to 1912, its years 1 to 45; it has no year 46",
      "大正16年             | Taishō (大正) ran from 1912 to 1926, its years 1 to 15; it has no year 16",
      "昭和65年             | '昭和65年': Shōwa (昭和) ran from 1926 to 1989, its years 1 to 64; it has no year 65",
      "平成32年             | Heisei (平成) ran from 1989 to 2019, its years 1 to 31; it has no year 32",
      "昭和0年              | a year of Shōwa (昭和) is 1 (元年) or later",
      "昭和28年(1954)       | Shōwa (昭和) 28 is 1953, not 1954",
      "昭和十十年           | expected a year such as '昭和28年'",
      "B.E. 0              | a year of B.E. is 1 or later",
      "B.E. 2496 (1954)    | B.E. 2496 is 1953, not 1954",
      "พ.ศ.                | expected a year such as 'B.E. 2496' or 'พ.ศ. 2496'",
      "Juche 99999999999   | the year is too large",
      "juche 42            | 'juche 42' is not a date",
      "Juche42             | 'Juche42' is not a date",
  })
  void aWordingThatTheCalendarDoesNotHaveIsRejected(String text, String message) {
    assertThatThrownBy(() -> HistoricalDate.parse(text))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("'" + text + "'")
        .hasMessageContaining(message);
  }

  @Test
  void aCalendarYearBeyondFourDigitsIsAYYear() {
    HistoricalDate date = HistoricalDate.parse("Juche 8089");
    assertThat(date.toEdtf()).isEqualTo("Y10000");
    assertThat(date.text()).isEqualTo("Juche 8089");
    assertThat(HistoricalDate.parse("B.E. 5")).satisfies(d -> assertThat(d.toEdtf()).isEqualTo("-0538"));
  }

  @Test
  void aWordingUnderAnotherCalendarOrQualifiedIsNotUsedAsText() {
    HistoricalDate wrongCalendar = HistoricalDate.ofYear(1953).withWording("民國42年", CalendarModel.JUCHE);
    assertThat(wrongCalendar.text()).isEqualTo("1953");
    HistoricalDate qualified = HistoricalDate.parse("昭和28年").withQualifiers(true, false);
    assertThat(qualified.text()).isEqualTo("1953?");
    assertThat(qualified.asWritten()).contains("昭和28年");
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
  void aJucheWordingForAnotherYearIsNotUsedAsText() {
    // The wording says 1953 but the date is 1960: text() must not print a wording that parses to another year.
    HistoricalDate date = HistoricalDate.ofYear(1960).withWording("Juche 42 (1953)", CalendarModel.JUCHE);
    assertThat(date.text()).isEqualTo("1960");
    HistoricalDate inconsistent = HistoricalDate.ofYear(1953).withWording("Juche 42 (1954)", CalendarModel.JUCHE);
    assertThat(inconsistent.text()).isEqualTo("1953");
  }

}
