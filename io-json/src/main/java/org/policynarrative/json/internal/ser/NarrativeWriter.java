package org.policynarrative.json.internal.ser;

import static org.policynarrative.json.internal.ser.JsonOutput.list;
import static org.policynarrative.json.internal.ser.JsonOutput.string;

import org.policynarrative.core.Narrative;
import org.policynarrative.json.internal.fields.JsonName;
import org.policynarrative.json.internal.version.FormatVersion;
import tools.jackson.core.JsonGenerator;

/** Writes the document: a whole narrative, with its {@code format} version first. */
final class NarrativeWriter {

  private NarrativeWriter() {}

  /** A whole narrative. */
  static void narrative(JsonGenerator g, Narrative n) {
    g.writeStartObject(n);
    string(g, JsonName.FORMAT, FormatVersion.CURRENT);
    string(g, JsonName.ID, n.id());
    string(g, JsonName.TITLE, n.title());
    string(g, JsonName.LANGUAGE, n.language());
    string(g, JsonName.VERSION, n.version());
    string(g, JsonName.DESCRIPTION, n.description());
    list(g, JsonName.VOCABULARY, n.vocabulary(), VocabularyWriter::codeDefinition);
    list(g, JsonName.SOURCES, n.sources(), SourceWriter::source);
    list(g, JsonName.ERAS, n.eras(), EraWriter::era);
    list(g, JsonName.SECTORS, n.sectors(), SectorWriter::sector);
    list(g, JsonName.ACTORS, n.actors(), ActorWriter::actor);
    list(g, JsonName.EVENTS, n.events(), EventWriter::event);
    list(g, JsonName.POLICY_LINES, n.policyLines(), PolicyLineWriter::policyLine);
    list(g, JsonName.CLAIMS, n.claims(), ClaimWriter::claim);
    g.writeEndObject();
  }
}
