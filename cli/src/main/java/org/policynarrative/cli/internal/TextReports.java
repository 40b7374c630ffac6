package org.policynarrative.cli.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.policynarrative.core.Claim;
import org.policynarrative.core.ClaimKind;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.Timeline;
import org.policynarrative.core.TimelineEntry;
import org.policynarrative.core.Verdict;
import org.policynarrative.core.Vocabulary;

/**
 * Plain-text views for the {@code timeline}, {@code stats} and {@code formats} subcommands. Every
 * method returns lines without line separators.
 */
final class TextReports {

  private TextReports() {}

  /** One line per timeline entry: when (in the source's wording), what kind, and the name. */
  static List<String> timeline(Narrative narrative) {
    List<TimelineEntry> entries = Timeline.of(narrative).entries();
    int whenWidth = entries.stream().mapToInt(e -> e.when().text().length()).max().orElse(0);
    List<String> lines = new ArrayList<>();
    for (TimelineEntry entry : entries) {
      lines.add(pad(entry.when().text(), whenWidth) + "  " + pad(entry.ref().kind().code(), 11) + "  "
          + entry.name());
    }
    return lines;
  }

  /** Counts: entities of each kind, claims by kind and by verdict. */
  static List<String> stats(Narrative narrative) {
    List<String> lines = new ArrayList<>();
    lines.add(narrative.title() + " (" + narrative.id() + ", version " + narrative.version() + ", "
        + narrative.language() + ")");
    lines.add("sources:      " + narrative.sources().size());
    lines.add("eras:         " + narrative.eras().size());
    lines.add("sectors:      " + narrative.sectors().size());
    lines.add("policy lines: " + narrative.policyLines().size());
    lines.add("actors:       " + narrative.actors().size());
    lines.add("events:       " + narrative.events().size());
    lines.add("claims:       " + narrative.claims().size());
    // Built-in kinds in their documented order, then the narrative's own in order of first use.
    Map<ClaimKind, Integer> byKind = new LinkedHashMap<>();
    for (ClaimKind kind : ClaimKind.values()) {
      byKind.put(kind, 0);
    }
    Map<Verdict, Integer> byVerdict = new EnumMap<>(Verdict.class);
    for (Claim claim : narrative.claims()) {
      byKind.merge(claim.kind(), 1, Integer::sum);
      byVerdict.merge(claim.verdict(), 1, Integer::sum);
    }
    Vocabulary vocabulary = Vocabulary.of(narrative);
    byKind.forEach((kind, n) -> {
      if (n > 0) {
        ClaimKind parent = vocabulary.rollUp(kind);
        String narrows = parent.equals(kind) ? "" : "  (narrows " + parent.code() + ")";
        lines.add("  " + pad(kind.code(), 20) + " " + n + narrows);
      }
    });
    lines.add("verdicts:");
    byVerdict.forEach((verdict, n) -> lines.add("  " + pad(verdict.code(), 20) + " " + n));
    Map<String, Integer> attributed = new TreeMap<>();
    narrative.claims().forEach(c -> attributed.merge(c.assertedBy(), 1, Integer::sum));
    lines.add("asserted by:");
    attributed.forEach((who, n) -> lines.add("  " + who + ": " + n));
    return lines;
  }

  /** Rows as left-aligned columns two spaces apart; the first row is usually the headings. */
  static List<String> table(List<List<String>> rows) {
    int columns = rows.stream().mapToInt(List::size).max().orElse(0);
    int[] widths = new int[columns];
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    List<String> lines = new ArrayList<>();
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        line.append(i == row.size() - 1 ? row.get(i) : pad(row.get(i), widths[i]) + "  ");
      }
      lines.add(line.toString().stripTrailing());
    }
    return lines;
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }
}
