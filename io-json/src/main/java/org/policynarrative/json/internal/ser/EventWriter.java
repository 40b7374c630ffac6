package org.policynarrative.json.internal.ser;

import static org.policynarrative.json.internal.ser.JsonOutput.labels;
import static org.policynarrative.json.internal.ser.JsonOutput.string;
import static org.policynarrative.json.internal.ser.JsonOutput.strings;

import org.policynarrative.core.Event;
import org.policynarrative.json.internal.fields.JsonName;
import tools.jackson.core.JsonGenerator;

/** Writes an event. */
final class EventWriter {

  private EventWriter() {}

  static void event(JsonGenerator g, Event e) {
    g.writeStartObject(e);
    string(g, JsonName.ID, e.id());
    string(g, JsonName.NAME, e.name());
    labels(g, JsonName.LABELS, e.labels());
    DateWriter.period(g, JsonName.WHEN, e.when());
    string(g, JsonName.PLACE, e.place());
    strings(g, JsonName.PARTICIPANTS, e.participants());
    string(g, JsonName.SUMMARY, e.summary());
    NoteWriter.identifiersAndNotes(g, e.identifiers(), e.encoderNotes());
    g.writeEndObject();
  }
}
