package org.policynarrative.json.internal.ser;

import static org.policynarrative.json.internal.ser.JsonOutput.labels;
import static org.policynarrative.json.internal.ser.JsonOutput.string;
import static org.policynarrative.json.internal.ser.JsonOutput.strings;

import org.policynarrative.core.Era;
import org.policynarrative.json.internal.fields.JsonName;
import tools.jackson.core.JsonGenerator;

/** Writes an era. */
final class EraWriter {

  private EraWriter() {}

  static void era(JsonGenerator g, Era e) {
    g.writeStartObject(e);
    string(g, JsonName.ID, e.id());
    string(g, JsonName.NAME, e.name());
    labels(g, JsonName.LABELS, e.labels());
    strings(g, JsonName.ALTERNATIVE_NAMES, e.alternativeNames());
    g.writeName(JsonName.PERIOD.encoded());
    DateWriter.period(g, e.period());
    string(g, JsonName.SUMMARY, e.summary());
    string(g, JsonName.SOURCE, e.source());
    NoteWriter.identifiersAndNotes(g, e.identifiers(), e.encoderNotes());
    g.writeEndObject();
  }
}
