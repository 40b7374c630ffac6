package org.policynarrative.json.internal.ser;

import static org.policynarrative.json.internal.ser.JsonOutput.labels;
import static org.policynarrative.json.internal.ser.JsonOutput.list;
import static org.policynarrative.json.internal.ser.JsonOutput.string;

import org.policynarrative.core.Sector;
import org.policynarrative.core.SectorMapping;
import org.policynarrative.json.internal.fields.JsonName;
import tools.jackson.core.JsonGenerator;

/** Writes a sector and its mappings to external schemes. */
final class SectorWriter {

  private SectorWriter() {}

  static void sector(JsonGenerator g, Sector s) {
    g.writeStartObject(s);
    string(g, JsonName.ID, s.id());
    string(g, JsonName.NAME, s.name());
    labels(g, JsonName.LABELS, s.labels());
    string(g, JsonName.BROADER, s.broader());
    list(g, JsonName.MAPPINGS, s.mappings(), SectorWriter::sectorMapping);
    string(g, JsonName.DESCRIPTION, s.description());
    NoteWriter.identifiersAndNotes(g, s.identifiers(), s.encoderNotes());
    g.writeEndObject();
  }

  static void sectorMapping(JsonGenerator g, SectorMapping m) {
    g.writeStartObject(m);
    string(g, JsonName.SCHEME, m.scheme());
    string(g, JsonName.CODE, m.code());
    string(g, JsonName.RELATION, m.relation().code());
    g.writeEndObject();
  }
}
