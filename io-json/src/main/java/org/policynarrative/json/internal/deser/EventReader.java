package org.policynarrative.json.internal.deser;

import org.policynarrative.core.Event;
import org.policynarrative.json.internal.fields.JsonFields;
import org.policynarrative.json.internal.fields.JsonName;
import tools.jackson.core.JacksonException;

/** Reads an event: a congress, plenum, speech or disaster the source names. */
final class EventReader {

  private EventReader() {}

  static Event event(JsonInput in) {
    Event.Builder b = Event.builder();
    ObjectScope o = in.object(JsonFields.EVENT, false);
    for (JsonName name = o.next(); name != null; name = o.next()) {
      try {
        switch (name) {
          case ID -> b.id(in.string());
          case NAME -> b.name(in.string());
          case LABELS -> b.putAllLabels(in.labels(name));
          case WHEN -> b.when(DateReader.period(in));
          case PLACE -> b.place(in.string());
          case PARTICIPANTS -> b.addAllParticipants(in.strings(name));
          case SUMMARY -> b.summary(in.string());
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
