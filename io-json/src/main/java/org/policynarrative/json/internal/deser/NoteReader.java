package org.policynarrative.json.internal.deser;

import org.policynarrative.core.EncoderNote;
import org.policynarrative.json.internal.fields.JsonFields;
import org.policynarrative.json.internal.fields.JsonName;
import tools.jackson.core.JacksonException;

/** Reads an encoder's note, which any entity may carry. */
final class NoteReader {

  private NoteReader() {}

  static EncoderNote encoderNote(JsonInput in) {
    EncoderNote.Builder b = EncoderNote.builder();
    ObjectScope o = in.object(JsonFields.ENCODER_NOTE, false);
    for (JsonName name = o.next(); name != null; name = o.next()) {
      try {
        switch (name) {
          case TEXT -> b.text(in.string());
          case AUTHOR -> b.author(in.string());
          default -> throw o.noReader(name);
        }
      } catch (JacksonException e) {
        o.recover(e);
      }
    }
    return o.build(b::build);
  }
}
