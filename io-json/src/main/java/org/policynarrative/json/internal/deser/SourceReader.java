package org.policynarrative.json.internal.deser;

import org.policynarrative.core.Source;
import org.policynarrative.json.internal.fields.JsonFields;
import org.policynarrative.json.internal.fields.JsonName;
import tools.jackson.core.JacksonException;

/** Reads a source: where the narrative's text came from. */
final class SourceReader {

  private SourceReader() {}

  static Source source(JsonInput in) {
    Source.Builder b = Source.builder();
    ObjectScope o = in.object(JsonFields.SOURCE, false);
    for (JsonName name = o.next(); name != null; name = o.next()) {
      try {
        switch (name) {
          case ID -> b.id(in.string());
          case TITLE -> b.title(in.string());
          case PUBLISHER -> b.publisher(in.string());
          case PUBLISHED -> b.published(DateReader.date(in));
          case URL -> b.url(in.string());
          case LANGUAGE -> b.language(in.string());
          case TRANSLATION_OF -> b.translationOf(in.string());
          case SHA256 -> b.sha256(in.string());
          case NOTE -> b.note(in.string());
          case ENCODER_NOTES -> b.addAllEncoderNotes(in.list(name, NoteReader::encoderNote));
          default -> throw o.noReader(name);
        }
      } catch (JacksonException e) {
        o.recover(e);
      }
    }
    return o.build(b::build);
  }
}
