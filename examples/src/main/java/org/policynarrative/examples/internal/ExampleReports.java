package org.policynarrative.examples.internal;

import java.util.ArrayList;
import java.util.List;
import org.policynarrative.core.Anchor;
import org.policynarrative.core.Claim;
import org.policynarrative.core.EntityRef;
import org.policynarrative.core.Era;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.PriorityMode;
import org.policynarrative.core.Sector;
import org.policynarrative.core.SectorPriorityMatrix;
import org.policynarrative.core.Timeline;
import org.policynarrative.core.TimelineEntry;

/**
 * Plain-text views of a narrative for the example programs, so that each program shows only its
 * own point. Every method returns lines without line separators. (The command-line tool has its
 * own reports, in the {@code cli} module.)
 */
public final class ExampleReports {

  private ExampleReports() {}

  /** One line per timeline entry: when (in the source's wording), what kind, and the name. */
  public static List<String> timeline(Narrative narrative) {
    List<TimelineEntry> entries = Timeline.of(narrative).entries();
    int width = entries.stream().mapToInt(e -> e.when().text().length()).max().orElse(0);
    return entries.stream()
        .map(e -> String.format("%-" + width + "s  %-11s  %s", e.when().text(), e.ref().kind().code(), e.name()))
        .toList();
  }

  /**
   * The sector-priority matrix as a table: one row per ranked sector, one column per era,
   * earliest first, headed by the era's Gregorian EDTF period ({@code .} where no line in force
   * ranks the sector); a legend names the eras.
   */
  public static List<String> priorityMatrix(Narrative narrative) {
    SectorPriorityMatrix matrix = SectorPriorityMatrix.of(narrative);
    List<String> rowNames = new ArrayList<>();
    for (Sector sector : matrix.sectors()) {
      rowNames.add(sector.name());
    }
    int nameWidth = Math.max("sector".length(), rowNames.stream().mapToInt(String::length).max().orElse(0));
    List<Integer> widths = new ArrayList<>();
    StringBuilder header = new StringBuilder(pad("sector", nameWidth));
    for (Era era : matrix.eras()) {
      int width = Math.max(era.period().toEdtf().length(), PriorityMode.TOP_PRIORITY.code().length());
      widths.add(width);
      header.append("  ").append(pad(era.period().toEdtf(), width));
    }
    List<String> lines = new ArrayList<>();
    lines.add(header.toString().stripTrailing());
    for (int row = 0; row < matrix.sectors().size(); row++) {
      StringBuilder line = new StringBuilder(pad(rowNames.get(row), nameWidth));
      for (int col = 0; col < matrix.eras().size(); col++) {
        String cell = matrix.priority(matrix.sectors().get(row).id(), matrix.eras().get(col).id())
            .map(PriorityMode::code).orElse(".");
        line.append("  ").append(pad(cell, widths.get(col)));
      }
      lines.add(line.toString().stripTrailing());
    }
    lines.add("");
    for (Era era : matrix.eras()) {
      lines.add(pad(era.period().toEdtf(), 11) + "  " + era.name());
    }
    return lines;
  }

  /** Each claim about {@code ref}: its kind, statement, anchored quote, attribution and verdict. */
  public static List<String> claimsAbout(Narrative narrative, EntityRef ref) {
    List<String> lines = new ArrayList<>();
    for (Claim claim : narrative.claimsAbout(ref)) {
      lines.add("- [" + claim.kind().code() + "] " + claim.statement());
      Anchor anchor = claim.anchor();
      String where = anchor.start().map(s -> " (" + anchor.source() + " " + s + ".." + anchor.end().get() + ")")
          .orElse(" (" + anchor.source() + ")");
      lines.add("    \"" + anchor.exact() + "\"" + where);
      lines.add("    asserted by " + claim.assertedBy() + "; " + claim.verdict().code());
    }
    return lines;
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }
}
