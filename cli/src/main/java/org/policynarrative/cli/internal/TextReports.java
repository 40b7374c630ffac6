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
    lines.addAll(new Counts().add(narrative).lines());
    return lines;
  }

  /**
   * The counts of {@link #stats}, added up over any number of narratives (a corpus) in memory that
   * grows with the distinct claim kinds and authors, never with the narratives.
   */
  static final class Counts {
    private long narratives;
    private long sources;
    private long eras;
    private long sectors;
    private long policyLines;
    private long actors;
    private long events;
    private long claims;
    private long withoutKind;
    private long withoutAsserter;
    // Built-in kinds in their documented order, then the narratives' own in order of first use.
    private final Map<ClaimKind, Long> byKind = new LinkedHashMap<>();
    private final Map<ClaimKind, ClaimKind> narrows = new LinkedHashMap<>();
    private final Map<Verdict, Long> byVerdict = new EnumMap<>(Verdict.class);
    private final Map<String, Long> attributed = new TreeMap<>();

    Counts() {
      for (ClaimKind kind : ClaimKind.values()) {
        byKind.put(kind, 0L);
      }
    }

    Counts add(Narrative narrative) {
      narratives++;
      sources += narrative.sources().size();
      eras += narrative.eras().size();
      sectors += narrative.sectors().size();
      policyLines += narrative.policyLines().size();
      actors += narrative.actors().size();
      events += narrative.events().size();
      claims += narrative.claims().size();
      Vocabulary vocabulary = null;
      for (Claim claim : narrative.claims()) {
        byVerdict.merge(claim.verdict(), 1L, Long::sum);
        claim.assertedBy().ifPresentOrElse(who -> attributed.merge(who, 1L, Long::sum), () -> withoutAsserter++);
        if (claim.kind().isEmpty()) {
          withoutKind++; // a draft
          continue;
        }
        ClaimKind kind = claim.kind().get();
        byKind.merge(kind, 1L, Long::sum);
        if (!kind.isBuiltIn() && !narrows.containsKey(kind)) {
          vocabulary = vocabulary != null ? vocabulary : Vocabulary.of(narrative);
          narrows.put(kind, vocabulary.rollUp(kind));
        }
      }
      return this;
    }

    long narratives() {
      return narratives;
    }

    List<String> lines() {
      List<String> lines = new ArrayList<>();
      lines.add("sources:      " + sources);
      lines.add("eras:         " + eras);
      lines.add("sectors:      " + sectors);
      lines.add("policy lines: " + policyLines);
      lines.add("actors:       " + actors);
      lines.add("events:       " + events);
      lines.add("claims:       " + claims);
      byKind.forEach((kind, n) -> {
        if (n > 0) {
          ClaimKind parent = narrows.getOrDefault(kind, kind);
          String narrowsNote = parent.equals(kind) ? "" : "  (narrows " + parent.code() + ")";
          lines.add("  " + pad(kind.code(), 20) + " " + n + narrowsNote);
        }
      });
      if (withoutKind > 0) {
        lines.add("  " + pad("(no kind yet)", 20) + " " + withoutKind);
      }
      lines.add("verdicts:");
      byVerdict.forEach((verdict, n) -> lines.add("  " + pad(verdict.code(), 20) + " " + n));
      lines.add("asserted by:");
      attributed.forEach((who, n) -> lines.add("  " + who + ": " + n));
      if (withoutAsserter > 0) {
        lines.add("  (not yet said): " + withoutAsserter);
      }
      return lines;
    }
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

  /**
   * {@code text} on one line, at most {@code max} chars: line breaks shown as {@code \n}, a longer
   * text cut (never inside a surrogate pair) and ended with {@code ...}.
   */
  static String abbreviate(String text, int max) {
    String oneLine = text.replace("\r", "\\r").replace("\n", "\\n");
    if (oneLine.length() <= max) {
      return oneLine;
    }
    int cut = max - 3;
    if (Character.isHighSurrogate(oneLine.charAt(cut - 1))) {
      cut--;
    }
    return oneLine.substring(0, cut) + "...";
  }
}
