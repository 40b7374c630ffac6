package org.policynarrative.json.internal.deser;

import org.policynarrative.core.Era;
import org.policynarrative.json.internal.fields.JsonFields;
import org.policynarrative.json.internal.fields.JsonName;
import tools.jackson.core.JacksonException;

/** Reads an era. */
final class EraReader {

  private EraReader() {}

  static Era era(JsonInput in) {
    Era.Builder b = Era.builder();
    ObjectScope o = in.object(JsonFields.ERA, false);
    for (JsonName name = o.next(); name != null; name = o.next()) {
      try {
        switch (name) {
          case ID -> b.id(in.string());
          case NAME -> b.name(in.string());
          case LABELS -> b.putAllLabels(in.labels(name));
          case ALTERNATIVE_NAMES -> b.addAllAlternativeNames(in.strings(name));
          case PERIOD -> b.period(DateReader.period(in));
          case SUMMARY -> b.summary(in.string());
          case SOURCE -> b.source(in.string());
          case IDENTIFIERS -> b.addAllIdentifiers(in.strings(name));
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
