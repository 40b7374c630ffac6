package org.policynarrative.json.internal.deser;

import org.policynarrative.core.Actor;
import org.policynarrative.core.ActorKind;
import org.policynarrative.json.internal.fields.JsonFields;
import org.policynarrative.json.internal.fields.JsonName;
import tools.jackson.core.JacksonException;

/** Reads an actor: a person, party, organ, state or international body the source names. */
final class ActorReader {

  private ActorReader() {}

  static Actor actor(JsonInput in) {
    Actor.Builder b = Actor.builder();
    ObjectScope o = in.object(JsonFields.ACTOR, false);
    for (JsonName name = o.next(); name != null; name = o.next()) {
      try {
        switch (name) {
          case ID -> b.id(in.string());
          case NAME -> b.name(in.string());
          case LABELS -> b.putAllLabels(in.labels(name));
          case KIND -> b.kind(in.parsed(ActorKind::fromCode));
          case ALTERNATIVE_NAMES -> b.addAllAlternativeNames(in.strings(name));
          case DESCRIPTION -> b.description(in.string());
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
