package org.policynarrative.html.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.policynarrative.core.Actor;
import org.policynarrative.core.EntityKind;
import org.policynarrative.core.Event;
import org.policynarrative.core.EntityRef;
import org.policynarrative.core.Era;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.PolicyLine;
import org.policynarrative.core.Sector;
import org.policynarrative.core.Source;
import org.policynarrative.html.internal.view.ClaimsView;

/**
 * The page's element ids and the names of the narrative's entities. Every entity has an element
 * on the page (eras and lines in the timeline's table, sectors in the sector table, sources in the
 * sources section, claims in the claims section, actors and events in their sections), and its id is its kind and its own id
 * ({@code era-arduous-march}); an id the narrative repeats gets its element once.
 */
final class Entities {

  private final Narrative narrative;
  private final Set<String> given = new HashSet<>();

  Entities(Narrative narrative) {
    this.narrative = narrative;
  }

  static String elementId(EntityKind kind, String id) {
    return switch (kind) {
      case ERA -> "era-" + id;
      case SECTOR -> "sector-" + id;
      case POLICY_LINE -> "line-" + id;
      case SOURCE -> "source-" + id;
      case ACTOR -> "actor-" + id;
      case EVENT -> "event-" + id;
    };
  }

  /**
   * The element id for the first entity of this kind and id, or {@code null} for a repeated one
   * (the template then leaves the attribute out).
   */
  String firstElementId(EntityKind kind, String id) {
    String elementId = elementId(kind, id);
    return given.add(elementId) ? elementId : null;
  }

  /** The element id of a claim, asked once per claim: {@code claim-ID}, or with its label for a repeated id. */
  String claimElementId(String id, String label) {
    String elementId = "claim-" + id;
    return given.add(elementId) ? elementId : elementId + "-" + label.toLowerCase(Locale.ROOT);
  }

  /** The id of the highlighted quote of the claim with element id {@code claimElementId}. */
  static String spanId(String claimElementId) {
    return "span-" + claimElementId.substring("claim-".length());
  }

  ClaimsView.Ref ref(EntityRef ref) {
    Optional<String> name = name(ref);
    return new ClaimsView.Ref(Labels.kind(ref.kind()),
        name.orElse("\u2018" + ref.id() + "\u2019 (not in this narrative)"),
        name.filter(n -> hasSection(ref.kind())).map(n -> "#" + elementId(ref.kind(), ref.id())));
  }

  /** True for the kinds of entity the page has an element for, which a reference can link to. */
  static boolean hasSection(EntityKind kind) {
    return switch (kind) {
      case ERA, SECTOR, POLICY_LINE, SOURCE, ACTOR, EVENT -> true;
    };
  }

  List<ClaimsView.Ref> refs(List<EntityRef> refs) {
    if (refs.isEmpty()) {
      return List.of();
    }
    ClaimsView.Ref[] views = new ClaimsView.Ref[refs.size()];
    for (int i = 0; i < views.length; i++) {
      views[i] = ref(refs.get(i));
    }
    return List.of(views);
  }

  /** {@return the entity's name; a source's title, else its id; empty when the narrative does not have it} */
  Optional<String> name(EntityRef ref) {
    return switch (ref.kind()) {
      case ERA -> narrative.era(ref.id()).map(Era::name);
      case SECTOR -> narrative.sector(ref.id()).map(Sector::name);
      case POLICY_LINE -> narrative.policyLine(ref.id()).map(PolicyLine::name);
      case SOURCE -> narrative.source(ref.id()).map(Entities::sourceName);
      case ACTOR -> narrative.actor(ref.id()).map(Actor::name);
      case EVENT -> narrative.event(ref.id()).map(Event::name);
    };
  }

  static String sourceName(Source source) {
    return source.title().orElse(source.id());
  }

  boolean exists(EntityRef ref) {
    return narrative.contains(ref);
  }
}
