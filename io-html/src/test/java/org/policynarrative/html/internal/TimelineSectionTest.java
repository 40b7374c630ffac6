package org.policynarrative.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policynarrative.core.Era;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.Period;
import org.policynarrative.html.internal.view.TimelineView;

/** Each kind of date has its own look in the timeline, and its words in the table. */
class TimelineSectionTest {

  private static TimelineView timeline(String... periods) {
    Narrative.Builder narrative = Narrative.builder().id("n").title("t").language("en").version("1");
    for (int i = 0; i < periods.length; i++) {
      narrative.addEras(Era.builder().id("e" + i).name("Era " + i).period(Period.parse(periods[i])).build());
    }
    Narrative built = narrative.build();
    return TimelineSection.of(built, new Entities(built));
  }

  @Test
  void exactFuzzyUncertainOpenAndUnknownDatesLookDifferent() {
    TimelineView view = timeline("1953", "196X", "1970?", "1980/..", "1990/", "2000~");
    List<TimelineView.Row> rows = view.rows();
    assertThat(rows).extracting(TimelineView.Row::barClass)
        .containsExactly("exact", "fuzzy", "exact uncertain", "exact", "exact", "fuzzy");
    assertThat(rows).extracting(r -> r.after().kind())
        .containsExactly("none", "none", "none", "open", "unknown", "none");
    assertThat(view.entries()).extracting(TimelineView.Entry::reading).containsExactly("year", "decade",
        "year; uncertain", "year; open end", "year; unknown end", "year; approximate");
  }

  @Test
  void aDecadeCoversTenYearsAndAYearOne() {
    TimelineView view = timeline("1950", "196X", "1979");
    TimelineView.Row year = view.rows().get(0);
    TimelineView.Row decade = view.rows().get(1);
    assertThat(decade.barWidth()).isBetween(9 * year.barWidth(), 11 * year.barWidth());
    assertThat(view.rows()).allSatisfy(r -> assertThat(r.barX()).isBetween(view.chartStart(), view.chartEnd()));
    assertThat(view.ticks()).extracting(TimelineView.Tick::label).contains("1960", "1970");
  }

  @Test
  void anOpenEndReachesTheEdgeOfTheAxis() {
    TimelineView.Row open = timeline("1950", "1960/..").rows().get(1);
    assertThat(open.after().x1()).isEqualTo(open.barX() + open.barWidth());
    assertThat(open.after().x2()).isEqualTo(TimelineSection.CHART_END);
  }

  @Test
  void nothingDatedMeansNoPictureAndLongNamesAreShortenedWhole() {
    assertThat(timeline().hasPicture()).isFalse();
    String name = "\ud83d\ude00".repeat(50);
    String shortened = TimelineSection.shorten(name);
    assertThat(shortened.codePointCount(0, shortened.length())).isEqualTo(TimelineSection.LABEL_LENGTH);
    assertThat(shortened).endsWith("\ud83d\ude00\u2026");
  }
}
