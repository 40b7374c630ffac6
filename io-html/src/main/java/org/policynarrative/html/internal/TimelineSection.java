package org.policynarrative.html.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.policynarrative.core.EntityKind;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.Period;
import org.policynarrative.core.PolicyLine;
import org.policynarrative.core.Timeline;
import org.policynarrative.core.TimelineEntry;
import org.policynarrative.html.internal.view.TimelineView;

/**
 * The timeline: core's {@link Timeline} drawn on a year axis. A bar covers what a period's dates
 * are known to cover, from the earliest day its start can denote to the latest day its end can
 * (so {@code 196X} covers the whole decade); a fuzzy date (a decade or century, unspecified
 * digits, approximate) is hatched, an uncertain one has a dashed outline, an open end is a line
 * with an arrow to the edge of the axis and an unknown end a dotted line. A policy line without an
 * adoption date is drawn pale over its era. Each look also has its words, in the row's date and in
 * the table.
 */
final class TimelineSection {

  static final int WIDTH = 960;
  static final int CHART_START = 330;
  static final int CHART_END = 940;
  static final int TOP = 34;
  static final int ROW_HEIGHT = 40;
  static final int LABEL_LENGTH = 42;
  private static final int MIN_BAR = 3;

  private TimelineSection() {}

  static TimelineView of(Narrative narrative, Entities entities) {
    List<TimelineEntry> entries = Timeline.of(narrative).entries();
    Axis axis = Axis.of(entries);
    List<TimelineView.Row> rows = new ArrayList<>();
    List<TimelineView.Entry> table = new ArrayList<>();
    Set<String> drawnLines = new HashSet<>();
    for (TimelineEntry entry : entries) {
      boolean era = entry.ref().kind() == EntityKind.ERA;
      String when = entry.when().text();
      boolean datedByEra = false;
      boolean event = entry.ref().kind() == EntityKind.EVENT;
      if (event) {
        when = "held " + when;
      } else if (!era) {
        drawnLines.add(entry.ref().id());
        datedByEra = narrative.policyLine(entry.ref().id()).flatMap(PolicyLine::adopted).isEmpty();
        when = datedByEra ? "no adoption date; its era: " + when : "adopted " + when;
      }
      String name = entry.name();
      if (axis != null) {
        rows.add(row(axis, TOP + rows.size() * ROW_HEIGHT, era ? "era" : "line", name, when, entry.when(), datedByEra));
      }
      table.add(new TimelineView.Entry(entities.firstElementId(entry.ref().kind(), entry.ref().id()),
          era ? "Era" : event ? "Event" : "Policy line", name, when, entry.when().toEdtf(), Labels.reading(entry.when())));
    }
    List<TimelineView.Entry> undated = new ArrayList<>();
    for (PolicyLine line : narrative.policyLines()) {
      if (!drawnLines.contains(line.id())) {
        undated.add(new TimelineView.Entry(entities.firstElementId(EntityKind.POLICY_LINE, line.id()),
            "Policy line", line.name(), "\u2014", "", "no date and no known era"));
      }
    }
    int height = axis == null ? 0 : TOP + rows.size() * ROW_HEIGHT + 8;
    return new TimelineView(WIDTH, height, CHART_START, CHART_END, axis == null ? List.of() : axis.ticks(), rows,
        table, undated);
  }

  private static TimelineView.Row row(Axis axis, int y, String kind, String name, String when, Period period,
      boolean datedByEra) {
    LocalDate first = period.earliest().orElse(period.end().map(end -> end.earliest()).orElse(null));
    LocalDate last = period.latest().orElse(period.start().map(start -> start.latest()).orElse(null));
    int barX = 0;
    int barWidth = 0;
    if (first != null && last != null) {
      barX = axis.x(Axis.startYear(first));
      barWidth = Math.max(MIN_BAR, axis.x(Axis.endYear(last)) - barX);
      barX = Math.min(barX, CHART_END - MIN_BAR);
    }
    String barClass = (Labels.isFuzzy(period) ? "fuzzy" : "exact") + (Labels.isUncertain(period) ? " uncertain" : "")
        + (datedByEra ? " by-era" : "");
    int barEnd = barWidth == 0 ? (CHART_START + CHART_END) / 2 : barX + barWidth;
    int barStart = barWidth == 0 ? barEnd : barX;
    TimelineView.Side before = side(period.isStartOpen(), period.isStartUnknown(), CHART_START, barStart);
    TimelineView.Side after = side(period.isEndOpen(), period.isEndUnknown(), barEnd, CHART_END);
    return new TimelineView.Row(y, kind, shorten(name), name, shorten(when), barX, barWidth, barClass, before, after);
  }

  private static TimelineView.Side side(boolean open, boolean unknown, int x1, int x2) {
    return new TimelineView.Side(open ? "open" : unknown ? "unknown" : "none", x1, x2);
  }

  /** The name cut to {@value #LABEL_LENGTH} code points, never inside a surrogate pair. */
  static String shorten(String name) {
    if (name.codePointCount(0, name.length()) <= LABEL_LENGTH) {
      return name;
    }
    return name.substring(0, name.offsetByCodePoints(0, LABEL_LENGTH - 1)) + "\u2026";
  }

  /** The year axis: the range of every known date, widened for open and unknown ends. */
  private record Axis(double from, double to) {

    static Axis of(List<TimelineEntry> entries) {
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      boolean unboundedStart = false;
      boolean unboundedEnd = false;
      for (TimelineEntry entry : entries) {
        Period when = entry.when();
        for (var date : List.of(when.start(), when.end())) {
          if (date.isPresent()) {
            min = Math.min(min, startYear(date.get().earliest()));
            max = Math.max(max, endYear(date.get().latest()));
          }
        }
        unboundedStart |= when.start().isEmpty();
        unboundedEnd |= when.end().isEmpty();
      }
      if (min > max) {
        return null;
      }
      double span = Math.max(max - min, 1);
      double margin = Math.max(span * 0.08, 2);
      return new Axis(unboundedStart ? min - margin : min - span * 0.02, unboundedEnd ? max + margin : max + span * 0.02);
    }

    static double startYear(LocalDate date) {
      return date.getYear() + (date.getDayOfYear() - 1) / (double) date.lengthOfYear();
    }

    static double endYear(LocalDate date) {
      return date.getYear() + date.getDayOfYear() / (double) date.lengthOfYear();
    }

    int x(double year) {
      return CHART_START + (int) Math.round((year - from) / (to - from) * (CHART_END - CHART_START));
    }

    List<TimelineView.Tick> ticks() {
      double step = niceStep((to - from) / 8);
      List<TimelineView.Tick> ticks = new ArrayList<>();
      for (double year = Math.ceil(from / step) * step; year <= to; year += step) {
        ticks.add(new TimelineView.Tick(x(year), Long.toString(Math.round(year))));
      }
      return ticks;
    }

    /** 1, 2 or 5 times a power of ten, at least one year. */
    private static double niceStep(double rough) {
      if (rough <= 1) {
        return 1;
      }
      double power = Math.pow(10, Math.floor(Math.log10(rough)));
      for (int m : new int[] {1, 2, 5}) {
        if (m * power >= rough) {
          return m * power;
        }
      }
      return 10 * power;
    }
  }
}
