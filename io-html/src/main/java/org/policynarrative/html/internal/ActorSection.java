package org.policynarrative.html.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.policynarrative.core.Actor;
import org.policynarrative.core.Claim;
import org.policynarrative.core.EncoderNote;
import org.policynarrative.core.EntityKind;
import org.policynarrative.core.EntityRef;
import org.policynarrative.core.Event;
import org.policynarrative.core.LineRole;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.Period;
import org.policynarrative.core.PolicyLine;
import org.policynarrative.html.internal.view.ActorsView;
import org.policynarrative.html.internal.view.ClaimsView;
import org.policynarrative.html.internal.view.EventsView;

/**
 * The actors and the events, each in data-set order. An actor shows the policy lines where it has
 * a role and the claims that name it; an event shows its date as the source words it and its
 * participants. Both are built before the timeline, so that their sections hold the elements
 * {@code actor-ID} and {@code event-ID} that references link to.
 */
final class ActorSection {

  private ActorSection() {}

  static ActorsView actors(Narrative narrative, Entities entities, List<String> claimElementIds) {
    List<ActorsView.Actor> actors = new ArrayList<>();
    for (Actor actor : narrative.actors()) {
      List<ActorsView.Role> roles = new ArrayList<>();
      for (PolicyLine line : narrative.policyLines()) {
        for (LineRole role : line.roles()) {
          if (role.actor().equals(actor.id())) {
            roles.add(new ActorsView.Role(Labels.words(role.role().code()),
                entities.ref(EntityRef.policyLine(line.id()))));
          }
        }
      }
      List<ClaimsView.Ref> claims = new ArrayList<>();
      List<Claim> all = narrative.claims();
      EntityRef self = EntityRef.actor(actor.id());
      for (int i = 0; i < all.size(); i++) {
        Claim claim = all.get(i);
        if (claim.about().contains(self) || claim.causes().contains(self) || claim.effects().contains(self)) {
          claims.add(claimRef(i, claim, claimElementIds.get(i)));
        }
      }
      actors.add(new ActorsView.Actor(actor.id(), entities.firstElementId(EntityKind.ACTOR, actor.id()),
          actor.name(), Labels.words(actor.kind().code()), labels(actor.labels()), actor.alternativeNames(),
          actor.description(), actor.identifiers(), notes(actor.encoderNotes()), roles, claims));
    }
    return new ActorsView(actors);
  }

  static EventsView events(Narrative narrative, Entities entities) {
    List<EventsView.Event> events = new ArrayList<>();
    for (Event event : narrative.events()) {
      List<ClaimsView.Ref> participants = event.participants().stream()
          .map(id -> entities.ref(EntityRef.actor(id))).toList();
      List<ClaimsView.Ref> lines = narrative.policyLines().stream()
          .filter(line -> line.adoptedAtEvent().filter(event.id()::equals).isPresent())
          .map(line -> entities.ref(EntityRef.policyLine(line.id()))).toList();
      events.add(new EventsView.Event(event.id(), entities.firstElementId(EntityKind.EVENT, event.id()),
          event.name(), labels(event.labels()), event.when().map(Period::text), event.place(), participants,
          event.summary(), event.identifiers(), notes(event.encoderNotes()), lines));
    }
    return new EventsView(events);
  }

  /** A link to a claim: its label and statement. */
  static ClaimsView.Ref claimRef(int index, Claim claim, String elementId) {
    return new ClaimsView.Ref("claim", ClaimSection.label(index) + " " + claim.statementOrQuote(),
        Optional.of("#" + elementId));
  }

  static List<String> labels(Map<String, String> labels) {
    return labels.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList();
  }

  static List<String> notes(List<EncoderNote> notes) {
    return notes.stream().map(n -> n.text() + n.author().map(a -> " \u2014 " + a).orElse("")).toList();
  }
}
