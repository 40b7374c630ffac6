package org.policynarrative.json.internal.ser;

import static org.policynarrative.json.internal.ser.JsonOutput.labels;
import static org.policynarrative.json.internal.ser.JsonOutput.string;
import static org.policynarrative.json.internal.ser.JsonOutput.strings;

import org.policynarrative.core.Actor;
import org.policynarrative.json.internal.fields.JsonName;
import tools.jackson.core.JsonGenerator;

/** Writes an actor. */
final class ActorWriter {

  private ActorWriter() {}

  static void actor(JsonGenerator g, Actor a) {
    g.writeStartObject(a);
    string(g, JsonName.ID, a.id());
    string(g, JsonName.NAME, a.name());
    labels(g, JsonName.LABELS, a.labels());
    string(g, JsonName.KIND, a.kind().code());
    strings(g, JsonName.ALTERNATIVE_NAMES, a.alternativeNames());
    string(g, JsonName.DESCRIPTION, a.description());
    NoteWriter.identifiersAndNotes(g, a.identifiers(), a.encoderNotes());
    g.writeEndObject();
  }
}
