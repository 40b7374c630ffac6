package org.policynarrative.core.diff;

import java.io.IOException;
import java.util.List;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.PriorityMode;

/**
 * The JSON report: the shape {@code narrative-diff.schema.json} describes (and
 * {@code docs/diff.md} documents), keys in a fixed order, every array present even when empty,
 * absent values left out.
 */
final class JsonReport {

  /** The format and its major version: a consumer checks it before reading on. */
  static final String FORMAT = "policy-narrative-diff/1";

  private final JsonWriter json;

  private JsonReport(Appendable out) {
    this.json = new JsonWriter(out);
  }

  static void write(NarrativeDiff diff, String beforeName, String afterName, Appendable out) throws IOException {
    new JsonReport(out).write(diff, beforeName, afterName);
  }

  private void write(NarrativeDiff diff, String beforeName, String afterName) throws IOException {
    Counts counts = new Counts(diff);
    json.beginObject();
    json.field("format", FORMAT);
    side("before", beforeName, diff.before());
    side("after", afterName, diff.after());
    json.name("equal").value(diff.isEmpty());
    json.name("summary").beginObject()
        .name("changed").value(counts.changed)
        .name("removed").value(counts.removed)
        .name("added").value(counts.added)
        .name("reorderings").value(diff.reorderings().size())
        .name("renameHints").value(diff.renameHints().size())
        .endObject();
    fields("narrative", diff.narrativeChanges());
    json.name("changes").beginArray();
    for (EntityChange change : diff.changes()) {
      entity(change);
    }
    json.endArray();
    json.name("reorderings").beginArray();
    for (Reordering r : diff.reorderings()) {
      json.beginObject().field("kind", r.kind().code()).name("common").value(r.common());
      strings("moved", r.moved());
      json.endObject();
    }
    json.endArray();
    json.name("renameHints").beginArray();
    for (RenameHint hint : diff.renameHints()) {
      json.beginObject().field("kind", hint.kind().code()).field("before", hint.beforeId())
          .field("after", hint.afterId()).field("reason", hint.reason())
          .name("similarity").value(Math.round(hint.similarity() * 100) / 100.0);
      fields("fields", hint.fields());
      json.endObject();
    }
    json.endArray();
    drift(diff.drift());
    json.endObject();
  }

  private void side(String name, String fileName, Narrative narrative) throws IOException {
    json.name(name).beginObject().field("name", fileName).field("id", narrative.id())
        .field("version", narrative.version()).endObject();
  }

  private void entity(EntityChange change) throws IOException {
    json.beginObject().field("kind", change.kind().code()).field("change", change.type().code())
        .field("id", change.id());
    if (change.beforeId().isPresent()) {
      json.field("beforeId", change.beforeId().get());
    }
    if (change.afterId().isPresent()) {
      json.field("afterId", change.afterId().get());
    }
    if (change.matchedBy().isPresent()) {
      json.field("matchedBy", change.matchedBy().get());
    }
    json.field("label", change.label());
    fields("fields", change.fields());
    json.endObject();
  }

  private void fields(String name, List<FieldChange> fields) throws IOException {
    json.name(name).beginArray();
    for (FieldChange field : fields) {
      json.beginObject().field("path", field.path()).field("change", field.type().code());
      if (field.before().isPresent()) {
        json.field("before", field.before().get());
      }
      if (field.after().isPresent()) {
        json.field("after", field.after().get());
      }
      json.endObject();
    }
    json.endArray();
  }

  private void drift(NarrativeDrift drift) throws IOException {
    json.name("drift").beginObject();
    eras("erasRenamed", drift.erasRenamed());
    eras("erasRedated", drift.erasRedated());
    items("linesAppeared", drift.linesAppeared());
    items("linesVanished", drift.linesVanished());
    json.name("priorityShifts").beginArray();
    for (PriorityShift shift : drift.priorityShifts()) {
      json.beginObject().field("era", shift.era()).field("eraName", shift.eraName())
          .field("sector", shift.sector()).field("sectorName", shift.sectorName());
      if (shift.before().isPresent()) {
        json.field("before", shift.before().map(PriorityMode::code).get());
      }
      if (shift.after().isPresent()) {
        json.field("after", shift.after().map(PriorityMode::code).get());
      }
      json.endObject();
    }
    json.endArray();
    items("claimsAdded", drift.claimsAdded());
    items("claimsDropped", drift.claimsDropped());
    json.name("verdictChanges").beginArray();
    for (VerdictChange verdict : drift.verdictChanges()) {
      json.beginObject().field("claim", verdict.claim()).field("statement", verdict.statement())
          .field("before", verdict.before().code()).field("after", verdict.after().code()).endObject();
    }
    json.endArray();
    json.endObject();
  }

  private void eras(String name, List<EraShift> eras) throws IOException {
    json.name(name).beginArray();
    for (EraShift era : eras) {
      json.beginObject().field("before", era.beforeId()).field("after", era.afterId())
          .field("beforeName", era.beforeName()).field("afterName", era.afterName())
          .field("beforePeriod", era.beforePeriod().toEdtf()).field("afterPeriod", era.afterPeriod().toEdtf())
          .name("possible").value(era.isPossible()).endObject();
    }
    json.endArray();
  }

  private void items(String name, List<EntityChange> items) throws IOException {
    json.name(name).beginArray();
    for (EntityChange item : items) {
      json.beginObject().field("id", item.id()).field("label", item.label()).endObject();
    }
    json.endArray();
  }

  private void strings(String name, List<String> values) throws IOException {
    json.name(name).beginArray();
    for (String value : values) {
      json.value(value);
    }
    json.endArray();
  }
}
