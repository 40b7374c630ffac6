package org.policynarrative.json.internal.ser;

import static org.policynarrative.json.internal.ser.JsonOutput.string;

import org.policynarrative.core.Source;
import org.policynarrative.json.internal.fields.JsonName;
import tools.jackson.core.JsonGenerator;

/** Writes a source. */
final class SourceWriter {

  private SourceWriter() {}

  static void source(JsonGenerator g, Source s) {
    g.writeStartObject(s);
    string(g, JsonName.ID, s.id());
    string(g, JsonName.TITLE, s.title());
    string(g, JsonName.PUBLISHER, s.publisher());
    DateWriter.date(g, JsonName.PUBLISHED, s.published());
    string(g, JsonName.URL, s.url());
    string(g, JsonName.LANGUAGE, s.language());
    string(g, JsonName.TRANSLATION_OF, s.translationOf());
    string(g, JsonName.SHA256, s.sha256());
    string(g, JsonName.NOTE, s.note());
    NoteWriter.notes(g, s.encoderNotes());
    g.writeEndObject();
  }
}
