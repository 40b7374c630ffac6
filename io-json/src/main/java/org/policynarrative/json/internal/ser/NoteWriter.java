package org.policynarrative.json.internal.ser;

import static org.policynarrative.json.internal.ser.JsonOutput.list;
import static org.policynarrative.json.internal.ser.JsonOutput.string;
import static org.policynarrative.json.internal.ser.JsonOutput.strings;

import java.util.List;
import org.policynarrative.core.EncoderNote;
import org.policynarrative.json.internal.fields.JsonName;
import tools.jackson.core.JsonGenerator;

/** Writes what any entity may carry last: its external identifiers and the encoder's notes. */
final class NoteWriter {

  private NoteWriter() {}

  /** The {@code identifiers} and {@code encoderNotes} fields, each left out when empty. */
  static void identifiersAndNotes(JsonGenerator g, List<String> identifiers, List<EncoderNote> notes) {
    strings(g, JsonName.IDENTIFIERS, identifiers);
    notes(g, notes);
  }

  /** The {@code encoderNotes} field, left out when empty. */
  static void notes(JsonGenerator g, List<EncoderNote> notes) {
    list(g, JsonName.ENCODER_NOTES, notes, NoteWriter::encoderNote);
  }

  static void encoderNote(JsonGenerator g, EncoderNote n) {
    g.writeStartObject(n);
    string(g, JsonName.TEXT, n.text());
    string(g, JsonName.AUTHOR, n.author());
    g.writeEndObject();
  }
}
