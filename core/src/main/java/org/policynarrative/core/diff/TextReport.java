package org.policynarrative.core.diff;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.policynarrative.core.PriorityMode;

/**
 * The plain-text report: one block per kind of item with {@code -} removed, {@code +} added and
 * {@code ~} changed items, each change of a field on its own line, then the drift. Line breaks and
 * tabs inside values are shown as {@code \n}, {@code \r}, {@code \t}, so every line of the report is
 * one line.
 */
final class TextReport {

  /** A change whose values together are longer than this is shown on three lines, before and after apart. */
  private static final int ONE_LINE = 100;

  private final NarrativeDiff diff;
  private final Appendable out;

  private TextReport(NarrativeDiff diff, Appendable out) {
    this.diff = diff;
    this.out = out;
  }

  static void write(NarrativeDiff diff, String beforeName, String afterName, Appendable out) throws IOException {
    new TextReport(diff, out).write(beforeName, afterName);
  }

  private void write(String beforeName, String afterName) throws IOException {
    line("--- " + oneLine(beforeName) + "  (" + oneLine(diff.before().id()) + ", version " + oneLine(diff.before().version()) + ")");
    line("+++ " + oneLine(afterName) + "  (" + oneLine(diff.after().id()) + ", version " + oneLine(diff.after().version()) + ")");
    if (diff.isEmpty()) {
      line("no differences");
      return;
    }
    Counts counts = new Counts(diff);
    line(counts.describe(null) + plural(diff.reorderings().size(), "reordering")
        + plural(diff.renameHints().size(), "possible rename"));
    if (!diff.narrativeChanges().isEmpty()) {
      line("");
      line("narrative");
      for (FieldChange field : diff.narrativeChanges()) {
        field(field, "  ");
      }
    }
    Map<String, RenameHint> hintsByAfter = diff.renameHints().stream()
        .collect(Collectors.toMap(h -> h.kind().code() + " " + h.afterId(), h -> h, (x, y) -> x));
    for (ItemKind kind : ItemKind.values()) {
      List<EntityChange> changes = diff.changes(kind);
      List<Reordering> reordered = diff.reorderings().stream().filter(r -> r.kind() == kind).toList();
      if (changes.isEmpty() && reordered.isEmpty()) {
        continue;
      }
      line("");
      line(Counts.title(kind) + " (" + counts.describe(kind) + ")");
      for (EntityChange change : changes) {
        entity(change, hintsByAfter.get(kind.code() + " " + change.id()));
      }
      for (Reordering r : reordered) {
        line("  order: " + r.moved().size() + " of " + r.common() + " moved: " + String.join(", ", r.moved()));
      }
    }
    drift(diff.drift());
  }

  private void entity(EntityChange change, RenameHint hint) throws IOException {
    String mark = switch (change.type()) {
      case ADDED -> "+ ";
      case REMOVED -> "- ";
      case CHANGED -> "~ ";
    };
    String ids = change.beforeId().isPresent() && change.afterId().isPresent()
        && !change.beforeId().equals(change.afterId())
        ? change.beforeId().get() + " -> " + change.afterId().get() : change.id();
    line("  " + mark + ids + "  " + shorten(oneLine(change.label())));
    if (change.matchedBy().isPresent()) {
      line("      matched by identifier " + oneLine(change.matchedBy().get()));
    }
    if (hint != null && change.type() == EntityChange.Type.ADDED) {
      line("      possible rename of " + hint.beforeId() + ": " + hint.reason() + ", "
          + Math.round(hint.similarity() * 100) + "% alike");
      for (FieldChange field : hint.fields()) {
        field(field, "        ");
      }
    }
    for (FieldChange field : change.fields()) {
      field(field, "      ");
    }
  }

  private void field(FieldChange field, String indent) throws IOException {
    String before = oneLine(field.before().orElse(""));
    String after = oneLine(field.after().orElse(""));
    switch (field.type()) {
      case ADDED -> line(indent + field.path() + ": added " + after);
      case REMOVED -> line(indent + field.path() + ": removed " + before);
      case MOVED -> line(indent + field.path() + ": moved " + before + " -> " + after + " (quote unchanged)");
      case REORDERED -> line(indent + field.path() + ": reordered " + before + " -> " + after);
      case CHANGED -> {
        if (before.length() + after.length() <= ONE_LINE) {
          line(indent + field.path() + ": " + before + " -> " + after);
        } else {
          line(indent + field.path() + ":");
          line(indent + "  - " + before);
          line(indent + "  + " + after);
        }
      }
    }
  }

  private void drift(NarrativeDrift drift) throws IOException {
    if (drift.isEmpty()) {
      return;
    }
    line("");
    line("drift");
    for (EraShift era : drift.erasRenamed()) {
      line("  era renamed" + (era.isPossible() ? " (possibly)" : "") + ": " + oneLine(era.beforeName()) + " -> "
          + oneLine(era.afterName()) + "  (" + ids(era.beforeId(), era.afterId()) + ")");
    }
    for (EraShift era : drift.erasRedated()) {
      line("  era redated" + (era.isPossible() ? " (possibly)" : "") + ": " + oneLine(era.afterName()) + " "
          + oneLine(Values.text(era.beforePeriod())) + " -> " + oneLine(Values.text(era.afterPeriod())) + "  ("
          + ids(era.beforeId(), era.afterId()) + ")");
    }
    for (EntityChange line : drift.linesVanished()) {
      line("  policy line vanished: " + oneLine(line.label()) + "  (" + line.id() + ")");
    }
    for (EntityChange line : drift.linesAppeared()) {
      line("  policy line appeared: " + oneLine(line.label()) + "  (" + line.id() + ")");
    }
    if (!drift.priorityShifts().isEmpty()) {
      line("  sector priorities (era / sector: before -> after):");
      for (PriorityShift shift : drift.priorityShifts()) {
        line("    " + oneLine(shift.eraName()) + " / " + oneLine(shift.sectorName()) + ": "
            + shift.before().map(PriorityMode::code).orElse("none") + " -> "
            + shift.after().map(PriorityMode::code).orElse("none"));
      }
    }
    for (EntityChange claim : drift.claimsDropped()) {
      line("  claim dropped: " + claim.id() + "  " + shorten(oneLine(claim.label())));
    }
    for (EntityChange claim : drift.claimsAdded()) {
      line("  claim added: " + claim.id() + "  " + shorten(oneLine(claim.label())));
    }
    for (VerdictChange verdict : drift.verdictChanges()) {
      line("  verdict: " + verdict.claim() + " " + verdict.before().code() + " -> " + verdict.after().code());
    }
  }

  private static String ids(String before, String after) {
    return before.equals(after) ? before : before + " -> " + after;
  }

  private static String plural(int n, String what) {
    return n == 0 ? "" : ", " + n + " " + what + (n == 1 ? "" : "s");
  }

  /** Long labels (a claim's statement) cut to one readable line in the item's heading. */
  static String shorten(String text) {
    int max = 80;
    if (text.length() <= max) {
      return text;
    }
    int cut = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    return text.substring(0, cut) + "…";
  }

  /**
   * Control characters shown as escapes (backslash n, r, t, e, xHH or uHHHH), as the CLI shows text
   * from a file: a value never breaks a line of the report, clears a screen or reorders what is shown.
   */
  static String oneLine(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isControl(c)) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\u001b' -> out.append("\\e");
        default -> out.append(c < 0x100 ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c));
      }
    }
    return out == null ? text : out.toString();
  }

  /** C0 and C1 controls, DEL, the line and paragraph separators and the bidirectional controls. */
  static boolean isControl(char c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029'
        || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069') || c == '\u200e' || c == '\u200f'
        || c == '\u061c';
  }

  private void line(String text) throws IOException {
    out.append(text).append('\n');
  }
}
