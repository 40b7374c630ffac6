package org.policynarrative.markdown.internal;

import java.util.List;
import java.util.Map;
import org.commonmark.node.Node;
import org.policynarrative.core.Actor;
import org.policynarrative.core.ActorKind;
import org.policynarrative.core.EntityRef;
import org.policynarrative.markdown.internal.Dialect.Key;

/** Reads the Actors section: a heading {@code ### id: Name} per actor, its fields, then the claims about it. */
final class ActorReader extends ConstructReader {

  private final ClaimReader claims;

  ActorReader(MarkdownSource source, NarrativeAssembly assembly, ClaimReader claims) {
    super(source, assembly);
    this.claims = claims;
  }

  void section(List<Node> blocks) {
    for (EntityBlocks entity : entities(blocks, Dialect.Section.ACTORS.heading, "an actor")) {
      assembly.errors.attempt(() -> actor(entity));
      claims.claims(entity, EntityRef.actor(entity.id));
    }
  }

  private void actor(EntityBlocks entity) {
    Place at = Place.of(entity.heading);
    Fields fields = fields(entity.fields(), at);
    String owner = "actor '" + entity.id + "'";
    Actor.Builder b = Actor.builder().id(entity.id).name(entity.name);
    b.kind(fields.required(Key.KIND, owner).as(ActorKind::fromCode));
    labels(fields, b::putLabels);
    fields.repeated(Key.ALSO_CALLED).forEach(f -> b.addAlternativeNames(f.value()));
    fields.optional(Key.DESCRIPTION).ifPresent(f -> b.description(f.value()));
    identifiers(fields, b::addIdentifiers);
    encoderNotes(fields, owner, b::addEncoderNotes);
    fields.finish(owner);
    assembly.actors.add(new NarrativeAssembly.Draft<>(build(at, owner, fields, b::build), null, at,
        Map.of("id", entity.idAt), assembly.kept(fields)));
  }
}
