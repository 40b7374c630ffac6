package org.policynarrative.json.internal.deser;

import org.policynarrative.core.CodeDefinition;
import org.policynarrative.core.CodeScheme;
import org.policynarrative.json.internal.fields.JsonFields;
import org.policynarrative.json.internal.fields.JsonName;
import tools.jackson.core.JacksonException;

/** Reads a code the narrative declares for one of its open vocabularies. */
final class VocabularyReader {

  private VocabularyReader() {}

  static CodeDefinition codeDefinition(JsonInput in) {
    CodeDefinition.Builder b = CodeDefinition.builder();
    ObjectScope o = in.object(JsonFields.CODE_DEFINITION, false);
    for (JsonName name = o.next(); name != null; name = o.next()) {
      try {
        switch (name) {
          case SCHEME -> b.scheme(in.parsed(CodeScheme::fromCode));
          case CODE -> b.code(in.string());
          case LABEL -> b.label(in.string());
          case DEFINITION -> b.definition(in.string());
          case BROADER -> b.broader(in.string());
          default -> throw o.noReader(name);
        }
      } catch (JacksonException e) {
        o.recover(e);
      }
    }
    return o.build(b::build);
  }
}
