package org.policynarrative.core;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of dates and periods over random valid values: text round-trips, EDTF keeps the days. */
class HistoricalDatePropertyTest {

  @Property(tries = 300)
  void parseOfTextIsTheSameDate(@ForAll("dates") HistoricalDate date) {
    assertThat(HistoricalDate.parse(date.text())).isEqualTo(date);
  }

  @Property(tries = 300)
  void parseOfEdtfHasTheSameDays(@ForAll("dates") HistoricalDate date) {
    HistoricalDate reparsed = HistoricalDate.parse(date.toEdtf());
    assertThat(reparsed.earliest()).isEqualTo(date.earliest());
    assertThat(reparsed.latest()).isEqualTo(date.latest());
    assertThat(reparsed.earliest()).isBeforeOrEqualTo(reparsed.latest());
  }

  @Property(tries = 300)
  void parseOfPeriodTextIsTheSamePeriod(@ForAll("periods") Period period) {
    assertThat(Period.parse(period.text())).isEqualTo(period);
  }

  @Property(tries = 300)
  void parseOfPeriodEdtfHasTheSameDays(@ForAll("periods") Period period) {
    Period reparsed = Period.parse(period.toEdtf());
    assertThat(reparsed.earliest()).isEqualTo(period.earliest());
    assertThat(reparsed.latest()).isEqualTo(period.latest());
  }

  @Provide
  Arbitrary<HistoricalDate> dates() {
    Arbitrary<HistoricalDate> gregorian = Arbitraries.oneOf(
        Arbitraries.integers().between(0, 9999).map(HistoricalDate::ofYear),
        Combinators.combine(Arbitraries.integers().between(0, 9999), Arbitraries.integers().between(1, 12))
            .as(HistoricalDate::ofMonth),
        Arbitraries.integers().between(0, 999).map(d -> HistoricalDate.ofDecade(d * 10)),
        Arbitraries.integers().between(0, 3_652_058)
            .map(n -> java.time.LocalDate.of(0, 1, 1).plusDays(n))
            .filter(d -> d.getYear() <= 9999)
            .map(d -> HistoricalDate.ofDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth())));
    Arbitrary<HistoricalDate> qualified = Combinators.combine(gregorian, Arbitraries.of(true, false),
        Arbitraries.of(true, false)).as(HistoricalDate::withQualifiers);
    Arbitrary<HistoricalDate> juche = Arbitraries.integers().between(1, 9999 - 1911).map(HistoricalDate::ofJucheYear);
    Arbitrary<HistoricalDate> jucheWithoutGregorian =
        Arbitraries.integers().between(1, 9999 - 1911).map(y -> HistoricalDate.parse("Juche " + y));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, qualified), net.jqwik.api.Tuple.of(2, juche),
        net.jqwik.api.Tuple.of(1, jucheWithoutGregorian));
  }

  @Provide
  Arbitrary<Period> periods() {
    Arbitrary<Period> interval = Combinators.combine(dates(), dates())
        .as((a, b) -> a.earliest().isAfter(b.latest()) ? Period.between(b, a) : Period.between(a, b))
        .ignoreException(IllegalArgumentException.class);
    return Arbitraries.oneOf(
        dates().map(Period::of), interval, dates().map(Period::from), dates().map(Period::until));
  }
}
