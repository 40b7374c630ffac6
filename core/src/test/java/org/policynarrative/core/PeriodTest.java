package org.policynarrative.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Periods: single dates and intervals with open or unknown ends. */
class PeriodTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      // text,            earliest,   latest
      "1953,              1953-01-01, 1953-12-31",
      "196X,              1960-01-01, 1969-12-31",
      "1953/1960,         1953-01-01, 1960-12-31",
      "2000/..,           2000-01-01, ",
      "../1953,           ,           1953-12-31",
      "196X/199X,         1960-01-01, 1999-12-31",
      "2016-05-06/2016-05-09, 2016-05-06, 2016-05-09",
      "1953~/1960?,       1953-01-01, 1960-12-31",
      "1960/196X,         1960-01-01, 1969-12-31",
      "1985/,             1985-01-01, ",
      "/1985,             ,           1985-12-31",
      "1985-04-12T10:00/, 1985-04-12, ",
      "1953-21/1953-23,   1953-03-01, 1953-11-30",
      "-0044/Y12000,      -0044-01-01, +12000-12-31",
      "19XX/1953-XX,      1900-01-01, 1953-12-31",
      "1985-04-12T10:00:00Z/1985-04-12T12:00:00Z, 1985-04-12, 1985-04-12",
      "1953-05/1953,      1953-05-01, 1953-12-31",
  })
  void parsesAndPrintsBack(String text, LocalDate earliest, LocalDate latest) {
    Period period = Period.parse(text);

    assertThat(period.earliest()).isEqualTo(Optional.ofNullable(earliest));
    assertThat(period.latest()).isEqualTo(Optional.ofNullable(latest));
    assertThat(period.toEdtf()).isEqualTo(text);
    assertThat(period.text()).isEqualTo(text);
    assertThat(Period.parse(period.text())).isEqualTo(period);
  }

  @Test
  void anUnknownEndIsNotAnOpenEnd() {
    Period unknown = Period.parse("1985/");
    Period open = Period.parse("1985/..");

    assertThat(unknown).isNotEqualTo(open).isEqualTo(Period.withUnknownEnd(HistoricalDate.ofYear(1985)));
    assertThat(unknown.isEndUnknown()).isTrue();
    assertThat(unknown.isEndOpen()).isFalse();
    assertThat(open.isEndOpen()).isTrue();
    assertThat(open.isEndUnknown()).isFalse();
    assertThat(unknown.end()).isEmpty();
    assertThat(unknown.latest()).isEmpty().isEqualTo(open.latest());
    assertThat(unknown.text()).isEqualTo("1985/");
    assertThat(Period.parse("/1985")).isEqualTo(Period.withUnknownStart(HistoricalDate.ofYear(1985)))
        .isNotEqualTo(Period.parse("../1985"));
    assertThat(Period.parse("/1985").isStartUnknown()).isTrue();
    assertThat(Period.parse("../1985").isStartOpen()).isTrue();
    assertThat(Period.parse("1953/1960").isStartOpen()).isFalse();
    assertThat(Period.parse("1953/1960").isStartUnknown()).isFalse();
  }

  @Test
  void anUnknownEndOverlapsAsAnOpenEndDoes() {
    // An unknown end may be any day after its start: nothing after the start is ruled out.
    assertThat(Period.parse("1985/").overlaps(HistoricalDate.parse("2020"))).isTrue();
    assertThat(Period.parse("1985/").overlaps(HistoricalDate.parse("1984"))).isFalse();
    assertThat(Period.parse("/1985").overlaps(HistoricalDate.parse("1900"))).isTrue();
    assertThat(Period.parse("/1985").overlaps(HistoricalDate.parse("1986"))).isFalse();
    assertThat(Period.parse("1985/").overlaps(Period.parse("/1985"))).isTrue();
    assertThat(Period.parse("1985/").overlaps(Period.parse("/1984"))).isFalse();
  }

  @Test
  void openEndsAreEmpty() {
    assertThat(Period.parse("2000/..").end()).isEmpty();
    assertThat(Period.parse("2000/..").start()).contains(HistoricalDate.ofYear(2000));
    assertThat(Period.parse("../1953").start()).isEmpty();
    assertThat(Period.parse("1953").isSingleDate()).isTrue();
    assertThat(Period.parse("1953/1960").isSingleDate()).isFalse();
  }

  @Test
  void factoriesEqualParsedValues() {
    HistoricalDate y1953 = HistoricalDate.ofYear(1953);
    HistoricalDate y1960 = HistoricalDate.ofYear(1960);
    assertThat(Period.of(y1953)).isEqualTo(Period.parse("1953"));
    assertThat(Period.between(y1953, y1960)).isEqualTo(Period.parse("1953/1960"));
    assertThat(Period.from(y1953)).isEqualTo(Period.parse("1953/.."));
    assertThat(Period.until(y1953)).isEqualTo(Period.parse("../1953"));
  }

  @Test
  void juchePeriodsKeepTheirWordingInTextButNotInEdtf() {
    Period period = Period.parse("Juche 42 (1953)/Juche 49 (1960)");

    assertThat(period.text()).isEqualTo("Juche 42 (1953)/Juche 49 (1960)");
    assertThat(period.toEdtf()).isEqualTo("1953/1960");
    assertThat(Period.parse(period.text())).isEqualTo(period);
    assertThat(Period.parse("Juche 42 (1953)").text()).isEqualTo("Juche 42 (1953)");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "../..          | '../..' is not a period",
      "1960/1953      | period is inverted: starts 1960 after it ends 1953",
      "1960-05/1960-04 | period is inverted",
      "197X/1965      | period is inverted",
      "1953/1960/1970 | expected one '/' between start and end",
      "/              | '/' is not a period; it needs at least one known end",
      "../            | '../' is not a period; it needs at least one known end",
      "/..            | '/..' is not a period; it needs at least one known end",
      "1953/2016-13   | '1953/2016-13': the end '2016-13': month must be between 01 and 12",
      "1985-13/       | '1985-13/': the start '1985-13': month must be between 01 and 12",
      "1953-1957/     | '1953-1957/': the start '1953-1957' is not a date but a span of years: write the period 1953/1957",
      "1953-1957      | '1953-1957' is not a date but a span of years: write the period 1953/1957",
      "1985/ 1986     | '1985/ 1986': the end ' 1986' is not a date",
      "Juche 42 (1954)/.. | Juche 42 is 1953, not 1954",
  })
  void invalidTextIsRejectedSayingWhy(String text, String message) {
    assertThatThrownBy(() -> Period.parse(text))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("'" + text + "'")
        .hasMessageContaining(message);
  }

  @Test
  void anInvertedIntervalIsRejectedByTheFactoryToo() {
    assertThatThrownBy(() -> Period.between(HistoricalDate.ofYear(1960), HistoricalDate.ofYear(1953)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inverted");
  }

  @Test
  void periodsSortOpenStartsFirstAndOpenEndsLast() {
    List<Period> periods = new ArrayList<>(List.of(
        Period.parse("1953/.."), Period.parse("1990/1999"), Period.parse("1953/1960"),
        Period.parse("../1953"), Period.parse("1953")));

    periods.sort(Period.CHRONOLOGICAL);

    assertThat(periods).extracting(Period::toEdtf)
        .containsExactly("../1953", "1953", "1953/1960", "1953/..", "1990/1999");
    List<Period> unknown = new ArrayList<>(List.of(Period.parse("1953/"), Period.parse("/1953"),
        Period.parse("1953/1960")));
    unknown.sort(Period.CHRONOLOGICAL);
    assertThat(unknown).extracting(Period::toEdtf).containsExactly("/1953", "1953/1960", "1953/");
  }

  @Test
  void overlapsTreatsOpenEndsAsUnbounded() {
    assertThat(Period.parse("1953/1960").overlaps(Period.parse("1960/1970"))).isTrue();
    assertThat(Period.parse("1953/1960").overlaps(Period.parse("1961/1970"))).isFalse();
    assertThat(Period.parse("../1953").overlaps(Period.parse("1000"))).isTrue();
    assertThat(Period.parse("2000/..").overlaps(HistoricalDate.parse("9999"))).isTrue();
    assertThat(Period.parse("2000/..").overlaps(HistoricalDate.parse("199X"))).isFalse();
    assertThat(Period.parse("196X").overlaps(HistoricalDate.parse("1969-12-31"))).isTrue();
  }
}
