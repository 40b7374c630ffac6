package org.policynarrative.core.diff;

import static org.policynarrative.core.diff.MarkdownText.code;
import static org.policynarrative.core.diff.MarkdownText.text;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.policynarrative.core.PriorityMode;

/**
 * The Markdown report, ready to paste into a pull request or an article: a summary line, the drift
 * as a list (with the changed cells of the sector-priority matrix as a before/after table), then a
 * table per kind of item, one row per item and its field changes in the last cell.
 */
final class MarkdownReport {

  private final NarrativeDiff diff;
  private final Appendable out;

  private MarkdownReport(NarrativeDiff diff, Appendable out) {
    this.diff = diff;
    this.out = out;
  }

  static void write(NarrativeDiff diff, String beforeName, String afterName, Appendable out) throws IOException {
    new MarkdownReport(diff, out).write(beforeName, afterName);
  }

  private void write(String beforeName, String afterName) throws IOException {
    line("## Changes: " + code(diff.before().id() + " " + diff.before().version(), false) + " → "
        + code(diff.after().id() + " " + diff.after().version(), false));
    line("");
    if (diff.isEmpty()) {
      line(code(beforeName, false) + " and " + code(afterName, false) + " hold the same narrative: no differences.");
      return;
    }
    Counts counts = new Counts(diff);
    List<String> summary = new ArrayList<>(List.of(counts.describe(null)));
    if (!diff.reorderings().isEmpty()) {
      summary.add(diff.reorderings().size() + " reordered list" + (diff.reorderings().size() == 1 ? "" : "s"));
    }
    if (!diff.renameHints().isEmpty()) {
      summary.add(diff.renameHints().size() + " possible rename" + (diff.renameHints().size() == 1 ? "" : "s"));
    }
    line(code(beforeName, false) + " → " + code(afterName, false) + ": " + String.join(" · ", summary) + ".");
    drift(diff.drift());
    if (!diff.narrativeChanges().isEmpty()) {
      line("");
      line("### Narrative");
      line("");
      for (FieldChange field : diff.narrativeChanges()) {
        line("- " + field(field));
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
      String title = Counts.title(kind);
      line("");
      line("### " + Character.toUpperCase(title.charAt(0)) + title.substring(1) + " (" + counts.describe(kind) + ")");
      if (!changes.isEmpty()) {
        line("");
        line("| | Id | " + (kind == ItemKind.CLAIM ? "Statement" : "Name") + " | Changes |");
        line("| --- | --- | --- | --- |");
        for (EntityChange change : changes) {
          line("| " + change.type().code() + " | " + ids(change) + " | " + text(TextReport.shorten(change.label()))
              + " | " + details(change, hintsByAfter.get(kind.code() + " " + change.id())) + " |");
        }
      }
      for (Reordering r : reordered) {
        line("");
        line("Order: " + r.moved().size() + " of " + r.common() + " moved ("
            + r.moved().stream().map(id -> code(id, false)).collect(Collectors.joining(", ")) + ").");
      }
    }
  }

  private static String ids(EntityChange change) {
    if (change.beforeId().isPresent() && change.afterId().isPresent()
        && !change.beforeId().get().equals(change.afterId().get())) {
      return code(change.beforeId().get(), true) + " → " + code(change.afterId().get(), true);
    }
    return code(change.id(), true);
  }

  private static String details(EntityChange change, RenameHint hint) {
    List<String> parts = new ArrayList<>();
    change.matchedBy().ifPresent(identifier -> parts.add("matched by identifier " + code(identifier, true)));
    if (hint != null && change.type() == EntityChange.Type.ADDED) {
      parts.add("possibly " + code(hint.beforeId(), true) + " renamed (" + hint.reason() + ", "
          + Math.round(hint.similarity() * 100) + "% alike)");
      hint.fields().forEach(f -> parts.add(field(f)));
    }
    change.fields().forEach(f -> parts.add(field(f)));
    return String.join("<br>", parts);
  }

  private static String field(FieldChange field) {
    String path = code(field.path(), true);
    String before = field.before().map(MarkdownText::text).orElse("");
    String after = field.after().map(MarkdownText::text).orElse("");
    return switch (field.type()) {
      case ADDED -> path + " added: " + after;
      case REMOVED -> path + " removed (was " + before + ")";
      case CHANGED -> path + ": " + before + " → " + after;
      case REORDERED -> path + " reordered: " + before + " → " + after;
      case MOVED -> path + " moved " + before + " → " + after + " (quote unchanged)";
    };
  }

  private void drift(NarrativeDrift drift) throws IOException {
    if (drift.isEmpty()) {
      return;
    }
    line("");
    line("### Drift");
    line("");
    for (EraShift era : drift.erasRenamed()) {
      line("- **Era renamed" + (era.isPossible() ? " (possibly)" : "") + ":** " + text(era.beforeName()) + " → "
          + text(era.afterName()) + " (" + eraIds(era) + ")");
    }
    for (EraShift era : drift.erasRedated()) {
      line("- **Era redated" + (era.isPossible() ? " (possibly)" : "") + ":** " + text(era.afterName()) + ", "
          + text(Values.text(era.beforePeriod())) + " → " + text(Values.text(era.afterPeriod())) + " ("
          + eraIds(era) + ")");
    }
    for (EntityChange line : drift.linesVanished()) {
      line("- **Policy line vanished:** " + text(line.label()) + " (" + code(line.id(), false) + ")");
    }
    for (EntityChange line : drift.linesAppeared()) {
      line("- **Policy line appeared:** " + text(line.label()) + " (" + code(line.id(), false) + ")");
    }
    for (EntityChange claim : drift.claimsDropped()) {
      line("- **Claim dropped:** " + text(claim.label()) + " (" + code(claim.id(), false) + ")");
    }
    for (EntityChange claim : drift.claimsAdded()) {
      line("- **Claim added:** " + text(claim.label()) + " (" + code(claim.id(), false) + ")");
    }
    for (VerdictChange verdict : drift.verdictChanges()) {
      line("- **Verdict changed:** " + text(verdict.statement()) + " (" + code(verdict.claim(), false) + "): "
          + verdict.before().code() + " → " + verdict.after().code());
    }
    if (!drift.priorityShifts().isEmpty()) {
      line("");
      line("Sector priorities that changed, era by era (the sector-priority matrices side by side):");
      line("");
      line("| Era | Sector | Before | After |");
      line("| --- | --- | --- | --- |");
      for (PriorityShift shift : drift.priorityShifts()) {
        line("| " + text(shift.eraName()) + " | " + text(shift.sectorName()) + " | "
            + shift.before().map(PriorityMode::code).orElse("—") + " | "
            + shift.after().map(PriorityMode::code).orElse("—") + " |");
      }
    }
  }

  private static String eraIds(EraShift era) {
    return era.beforeId().equals(era.afterId()) ? code(era.afterId(), false)
        : code(era.beforeId(), false) + " → " + code(era.afterId(), false);
  }

  private void line(String text) throws IOException {
    out.append(text).append('\n');
  }
}
