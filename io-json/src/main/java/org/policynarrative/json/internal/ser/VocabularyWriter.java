package org.policynarrative.json.internal.ser;

import static org.policynarrative.json.internal.ser.JsonOutput.string;

import org.policynarrative.core.CodeDefinition;
import org.policynarrative.json.internal.fields.JsonName;
import tools.jackson.core.JsonGenerator;

/** Writes a code the narrative declares for one of its open vocabularies. */
final class VocabularyWriter {

  private VocabularyWriter() {}

  static void codeDefinition(JsonGenerator g, CodeDefinition d) {
    g.writeStartObject(d);
    string(g, JsonName.SCHEME, d.scheme().code());
    string(g, JsonName.CODE, d.code());
    string(g, JsonName.LABEL, d.label());
    string(g, JsonName.DEFINITION, d.definition());
    string(g, JsonName.BROADER, d.broader());
    g.writeEndObject();
  }
}
