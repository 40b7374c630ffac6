package org.policynarrative.markdown.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.policynarrative.core.EntityKind;
import org.policynarrative.core.Event;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.Period;
import org.policynarrative.core.PolicyLine;
import org.policynarrative.core.Timeline;
import org.policynarrative.core.TimelineEntry;

/**
 * Writes the Timeline section's Mermaid block, derived from core's {@link Timeline} (the reader
 * ignores it). Each era is a time period whose events, in Mermaid's sense, are the era's name,
 * the policy lines of the era and the events during it: a line of several eras (those it lists,
 * and those its in-force period overlaps) appears under each of them, an event under the first era
 * it falls in. Lines and events outside every era stand at their own time. Consecutive periods
 * with the same time are one. Times are EDTF, qualifiers included ({@code 1953%}); names keep
 * only letters, digits and a little punctuation, so that nothing breaks the Mermaid syntax.
 */
final class TimelineWriter {

  private static final String INDENT = "    ";

  private final MarkdownOutput out;

  TimelineWriter(MarkdownOutput out) {
    this.out = out;
  }

  /** One time period of the diagram: its time and its events' labels. */
  private record Row(String when, List<String> labels) {}

  void write(Narrative narrative, List<TimelineEntry> entries) {
    Map<String, Integer> lineIndex = Layout.firstIndex(narrative.policyLines().stream().map(PolicyLine::id).toList());
    Map<String, Integer> eventIndex = Layout.firstIndex(narrative.events().stream().map(Event::id).toList());
    List<TimelineEntry> eras = new ArrayList<>();
    Map<String, List<Integer>> erasById = new HashMap<>();
    for (TimelineEntry entry : entries) {
      if (entry.ref().kind() == EntityKind.ERA) {
        erasById.computeIfAbsent(entry.ref().id(), id -> new ArrayList<>()).add(eras.size());
        eras.add(entry);
      }
    }
    // Each era's row, in the order of the timeline; entries that belong to an era go there.
    List<List<String>> members = new ArrayList<>();
    eras.forEach(era -> members.add(new ArrayList<>()));
    List<Row> rows = new ArrayList<>();
    int era = 0;
    for (TimelineEntry entry : entries) {
      EntityKind kind = entry.ref().kind();
      if (kind == EntityKind.ERA) {
        rows.add(new Row(when(entry.when()), members.get(era)));
        members.get(era++).add(0, text(entry.name(), entry.ref().id()));
        continue;
      }
      Set<Integer> homes = kind == EntityKind.POLICY_LINE
          ? erasOf(narrative.policyLines().get(lineIndex.get(entry.ref().id())), eras, erasById)
          : firstEraOf(narrative.events().get(eventIndex.get(entry.ref().id())), eras);
      String what = kind == EntityKind.POLICY_LINE ? "policy line" : "event";
      if (homes.isEmpty()) {
        rows.add(new Row(when(entry.when()), new ArrayList<>(List.of(text(entry.name(), entry.ref().id())
            + " (" + what + ")"))));
      } else {
        String label = text(entry.name(), entry.ref().id()) + " (" + what + ", " + when(entry.when()) + ")";
        homes.forEach(home -> members.get(home).add(label));
      }
    }
    out.newline().append("```mermaid").newline().append("timeline").newline()
        .append(INDENT).append("title ").append(text(narrative.title(), narrative.id())).newline();
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      String continuation = " ".repeat(row.when().length() + 1);
      boolean merged = i > 0 && rows.get(i - 1).when().equals(row.when());
      for (int k = 0; k < row.labels().size(); k++) {
        out.append(INDENT).append(k == 0 && !merged ? row.when() + " " : continuation)
            .append(": ").append(row.labels().get(k)).newline();
      }
    }
    out.append("```").newline();
  }

  /**
   * The eras (indexes into {@code eras}) a line belongs to: those it lists, and those its in-force
   * period overlaps.
   */
  private static Set<Integer> erasOf(PolicyLine line, List<TimelineEntry> eras, Map<String, List<Integer>> erasById) {
    Set<Integer> homes = new TreeSet<>();
    for (String id : line.eras()) {
      homes.addAll(erasById.getOrDefault(id, List.of()));
    }
    if (line.inForce().isPresent()) {
      Period inForce = line.inForce().get();
      for (int i = 0; i < eras.size(); i++) {
        if (eras.get(i).when().overlaps(inForce)) {
          homes.add(i);
        }
      }
    }
    return homes;
  }

  /** The first era (index into {@code eras}) whose period overlaps the event's time, if any. */
  private static Set<Integer> firstEraOf(Event event, List<TimelineEntry> eras) {
    for (int i = 0; i < eras.size(); i++) {
      if (event.when().isPresent() && eras.get(i).when().overlaps(event.when().get())) {
        return Set.of(i);
      }
    }
    return Set.of();
  }

  /** EDTF as Mermaid can show it: qualifiers kept, a time of day left out (its colons would end the period). */
  static String when(Period period) {
    String edtf = period.toEdtf();
    StringBuilder when = new StringBuilder(edtf.length());
    boolean time = false;
    for (int i = 0; i < edtf.length(); i++) {
      char c = edtf.charAt(i);
      if (c == 'T') {
        time = true;
      } else if (c == '/') {
        time = false;
      }
      if (!time && c != ':' && c != '#' && c != ';') {
        when.append(c);
      }
    }
    return when.toString();
  }

  /** Text that cannot break the Mermaid syntax or the fence: letters, digits and a little punctuation. */
  static String text(String text, String fallback) {
    StringBuilder safe = new StringBuilder();
    boolean space = false;
    for (int i = 0; i < text.length() && safe.length() < 120; ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp) || ".,'()-/".indexOf(cp) >= 0) {
        if (space && safe.length() > 0) {
          safe.append(' ');
        }
        safe.appendCodePoint(cp);
        space = false;
      } else {
        space = true;
      }
    }
    return safe.length() == 0 ? fallback : safe.toString();
  }
}
