package org.policynarrative.markdown.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.node.Node;
import org.policynarrative.core.EntityRef;
import org.policynarrative.core.Event;
import org.policynarrative.markdown.internal.Dialect.Key;

/** Reads the Events section: a heading {@code ### id: Name} per event, its fields, then the claims about it. */
final class EventReader extends ConstructReader {

  private final ClaimReader claims;

  EventReader(MarkdownSource source, NarrativeAssembly assembly, ClaimReader claims) {
    super(source, assembly);
    this.claims = claims;
  }

  void section(List<Node> blocks) {
    for (EntityBlocks entity : entities(blocks, Dialect.Section.EVENTS.heading, "an event")) {
      assembly.errors.attempt(() -> event(entity));
      claims.claims(entity, EntityRef.event(entity.id));
    }
  }

  private void event(EntityBlocks entity) {
    Place at = Place.of(entity.heading);
    Fields fields = fields(entity.fields(), at);
    String owner = "event '" + entity.id + "'";
    Map<String, Place> places = new HashMap<>();
    Event.Builder b = Event.builder().id(entity.id).name(entity.name);
    places.put("id", entity.idAt);
    period(fields, Key.WHEN, owner).ifPresent(b::when);
    fields.optional(Key.PLACE).ifPresent(f -> b.place(f.value()));
    fields.optional(Key.PARTICIPANTS).ifPresent(f -> {
      b.addAllParticipants(f.as(Values::parseIds));
      place(places, "participants", f);
    });
    labels(fields, b::putLabels);
    fields.optional(Key.SUMMARY).ifPresent(f -> b.summary(f.value()));
    identifiers(fields, b::addIdentifiers);
    encoderNotes(fields, owner, b::addEncoderNotes);
    fields.finish(owner);
    assembly.events.add(new NarrativeAssembly.Draft<>(build(at, owner, fields, b::build), null, at, places, assembly.kept(fields)));
  }
}
