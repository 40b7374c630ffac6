package org.policynarrative.examples.internal;

import java.util.ArrayList;
import java.util.List;
import org.policynarrative.core.Actor;
import org.policynarrative.core.Anchor;
import org.policynarrative.core.Claim;
import org.policynarrative.core.EncoderNote;
import org.policynarrative.core.EntityRef;
import org.policynarrative.core.Era;
import org.policynarrative.core.Event;
import org.policynarrative.core.Figure;
import org.policynarrative.core.FigureSeries;
import org.policynarrative.core.LineRole;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.PolicyLine;
import org.policynarrative.core.PriorityMode;
import org.policynarrative.core.Sector;
import org.policynarrative.core.SectorPriorityMatrix;
import org.policynarrative.core.StatedFigure;
import org.policynarrative.core.Timeline;
import org.policynarrative.core.TimelineEntry;

/**
 * Plain-text views of a narrative for the example programs, so that each program shows only its
 * own point. Every method returns lines without line separators. (The command-line tool has its
 * own reports, in the {@code cli} module.)
 */
public final class ExampleReports {

  private ExampleReports() {}

  /** One line per timeline entry (eras, dated events, policy lines): when, in the source's wording, what kind, and the name. */
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
      // As wide as the era's period and the longest mode in the column (a narrative's own codes may be long).
      int width = Math.max(era.period().toEdtf().length(), PriorityMode.TOP_PRIORITY.code().length());
      for (Sector sector : matrix.sectors()) {
        width = Math.max(width, matrix.priority(sector.id(), era.id()).map(m -> m.code().length()).orElse(0));
      }
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
      lines.add("- [" + kind(claim) + "] " + claim.statementOrQuote());
      lines.add("    \"" + claim.anchor().exact() + "\"" + where(claim.anchor()));
      lines.add("    asserted by " + claim.assertedBy().orElse("(not yet said)") + "; " + claim.verdict().code());
    }
    return lines;
  }

  /**
   * What the narrative says about one actor: its name, kind and other names, the policy lines that
   * name it in a role, the events it took part in, and each claim that names it (as subject, cause,
   * effect or what the claim justifies), with its quote, attribution and verdict.
   */
  public static List<String> actor(Narrative narrative, Actor actor) {
    List<String> lines = new ArrayList<>();
    String also = actor.alternativeNames().isEmpty() ? "" : "; also " + String.join(", ", actor.alternativeNames());
    lines.add(actor.name() + " (" + actor.kind().code() + ")" + also);
    actor.description().ifPresent(lines::add);
    actor.encoderNotes().forEach(note -> lines.add(encoderNote(note)));
    lines.add("");
    List<String> roles = new ArrayList<>();
    for (PolicyLine line : narrative.policyLines()) {
      for (LineRole role : line.roles()) {
        if (role.actor().equals(actor.id())) {
          roles.add("  " + pad(role.role().code(), 14) + " " + line.name()
              + line.adopted().map(d -> " (" + d.text() + ")").orElse(""));
        }
      }
    }
    lines.add("Roles in policy lines:" + (roles.isEmpty() ? " none" : ""));
    lines.addAll(roles);
    List<String> events = new ArrayList<>();
    for (Event event : narrative.events()) {
      if (event.participants().contains(actor.id())) {
        events.add("  " + event.name() + event.when().map(w -> " (" + w.text() + ")").orElse(""));
      }
    }
    lines.add("Events taken part in:" + (events.isEmpty() ? " none" : ""));
    lines.addAll(events);
    lines.add("");
    lines.add("Claims that name it:");
    EntityRef ref = EntityRef.actor(actor.id());
    for (Claim claim : narrative.claimsAbout(ref)) {
      String as = claim.causes().contains(ref) ? " (as a cause)" : claim.effects().contains(ref) ? " (as an effect)" : "";
      lines.add("- [" + kind(claim) + "] " + claim.statementOrQuote() + as);
      lines.add("    \"" + claim.anchor().exact() + "\"" + where(claim.anchor()));
      lines.add("    asserted by " + claim.assertedBy().orElse("(not yet said)") + "; " + claim.verdict().code());
    }
    return lines;
  }

  /**
   * Every figure the narrative states, by indicator and in chronological order: the value as
   * stated, the source's own wording, the claim that states it and the encoder's notes on that claim.
   */
  public static List<String> figures(Narrative narrative) {
    FigureSeries series = FigureSeries.of(narrative);
    List<String> lines = new ArrayList<>();
    for (String indicator : series.indicators()) {
      lines.add(indicator);
      for (StatedFigure stated : series.of(indicator)) {
        Figure figure = stated.figure();
        Claim claim = stated.claim();
        lines.add("- " + value(figure) + figure.period().map(p -> ", " + p.text()).orElse("") + " ("
            + figure.statedAs().code() + ", " + figure.status().code() + ")");
        lines.add("    in the source's words: \"" + figure.wording() + "\"");
        lines.add("    claim " + claim.id() + " [" + kind(claim) + "], asserted by " + claim.assertedBy().orElse("(not yet said)")
            + "; " + claim.verdict().code());
        claim.encoderNotes().forEach(note -> lines.add("    " + encoderNote(note)));
      }
    }
    return lines;
  }

  /** A figure's value in words: "about 40 %", "3.0 to 3.5 million tons", "4 times the 1956 level". */
  static String value(Figure figure) {
    String unit = figure.unit().map(u -> " " + u).orElse("") + figure.ucum().map(u -> " [" + u + "]").orElse("");
    String amount = figure.amount().map(a -> a.toPlainString()).orElse("");
    String baseline = figure.baselinePeriod().map(p -> "the " + p.text() + " level").orElse("the baseline")
        + figure.baselineAmount().map(a -> " (" + a.toPlainString() + ")").orElse("");
    return switch (figure.statedAs()) {
      case EXACT -> amount + unit;
      case APPROXIMATE -> "about " + amount + unit;
      case AT_LEAST -> "at least " + amount + unit;
      case AT_MOST -> "at most " + amount + unit;
      case RANGE -> amount + " to " + figure.upTo().orElseThrow().toPlainString() + unit;
      case MULTIPLE -> amount + " times " + baseline;
      case PERCENTAGE -> amount + unit + " of " + baseline;
      case UNQUANTIFIED -> "no number";
    };
  }

  private static String encoderNote(EncoderNote note) {
    return "encoder's note" + note.author().map(a -> " (" + a + ")").orElse("") + ": " + note.text();
  }

  private static String where(Anchor anchor) {
    return anchor.start().map(s -> " (" + anchor.source() + " " + s + ".." + anchor.end().get() + ")")
        .orElse(" (" + anchor.source() + ")");
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }

  /** A claim's kind, or what a draft shows in its place. */
  private static String kind(Claim claim) {
    return claim.kind().map(k -> k.code()).orElse("no kind yet");
  }
}
