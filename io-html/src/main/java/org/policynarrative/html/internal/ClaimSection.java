package org.policynarrative.html.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.policynarrative.core.Assessment;
import org.policynarrative.core.Claim;
import org.policynarrative.core.ClaimRelation;
import org.policynarrative.core.Figure;
import org.policynarrative.core.EntityKind;
import org.policynarrative.core.EntityRef;
import org.policynarrative.core.Era;
import org.policynarrative.core.HistoricalDate;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.Period;
import org.policynarrative.core.PolicyLine;
import org.policynarrative.core.Verdict;
import org.policynarrative.html.internal.view.ClaimsView;

/**
 * The claims, grouped by era and then by entity. A claim belongs to the first era it is about, or
 * else to the first existing era of the first policy line it is about, or else to no era; within
 * its era, to the first entity other than an era that it is about. Eras come in chronological
 * order, the entity groups in the order of their first claim, the claims in data-set order.
 */
final class ClaimSection {

  /** The key of the claims tied to no era: never an era's id, which is a non-empty slug. */
  private static final String NO_ERA = "";

  private ClaimSection() {}

  static ClaimsView of(Narrative narrative, Entities entities, List<AnchorPlacement> placements,
      List<String> elementIds, boolean anyText) {
    List<Claim> claims = narrative.claims();
    Map<String, Map<Optional<EntityRef>, List<ClaimsView.Claim>>> byEra = new LinkedHashMap<>();
    Map<Optional<EntityRef>, String> entityHeadings = new LinkedHashMap<>();
    Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
    for (int i = 0; i < claims.size(); i++) {
      Claim claim = claims.get(i);
      String era = eraOf(narrative, claim).orElse(NO_ERA);
      Optional<EntityRef> entity = mainEntity(claim, entities);
      entityHeadings.computeIfAbsent(entity, k -> entity.map(ref -> capitalised(Labels.kind(ref.kind())) + ": "
          + entities.name(ref).orElseThrow()).orElse(""));
      byEra.computeIfAbsent(era, k -> new LinkedHashMap<>()).computeIfAbsent(entity, k -> new ArrayList<>())
          .add(claim(narrative, entities, claim, i, placements.get(i), elementIds, anyText));
      verdicts.merge(claim.verdict(), 1, Integer::sum);
    }
    List<ClaimsView.EraGroup> groups = new ArrayList<>();
    List<Era> eras = new ArrayList<>(narrative.eras());
    eras.sort(Comparator.comparing(Era::period, Period.CHRONOLOGICAL));
    for (Era era : eras) {
      Map<Optional<EntityRef>, List<ClaimsView.Claim>> group = byEra.remove(era.id());
      if (group != null) {
        groups.add(new ClaimsView.EraGroup("claims-" + Entities.elementId(EntityKind.ERA, era.id()),
            era.name(), Optional.of(era.period().text()),
            entityGroups(group, entityHeadings, "The era as a whole")));
      }
    }
    Map<Optional<EntityRef>, List<ClaimsView.Claim>> rest = byEra.remove(NO_ERA);
    if (rest != null) {
      groups.add(new ClaimsView.EraGroup("claims-no-era", "Claims tied to no era", Optional.empty(),
          entityGroups(rest, entityHeadings, "No particular entity")));
    }
    List<String> counts = new ArrayList<>();
    verdicts.forEach((verdict, count) -> counts.add(count + " " + Labels.verdict(verdict).label().toLowerCase()));
    return new ClaimsView(claims.size(), counts, groups);
  }

  /** The first era the claim is about, else the first existing era of the first line it is about. */
  private static Optional<String> eraOf(Narrative narrative, Claim claim) {
    for (EntityRef ref : claim.about()) {
      if (ref.kind() == EntityKind.ERA && narrative.era(ref.id()).isPresent()) {
        return Optional.of(ref.id());
      }
    }
    for (EntityRef ref : claim.about()) {
      if (ref.kind() == EntityKind.POLICY_LINE) {
        Optional<PolicyLine> line = narrative.policyLine(ref.id());
        if (line.isPresent()) {
          Optional<String> era = line.get().eras().stream().filter(id -> narrative.era(id).isPresent()).findFirst();
          if (era.isPresent()) {
            return era;
          }
        }
      }
    }
    return Optional.empty();
  }

  /** The first entity other than an era that the claim is about and the narrative has. */
  private static Optional<EntityRef> mainEntity(Claim claim, Entities entities) {
    for (EntityRef ref : claim.about()) {
      if (ref.kind() != EntityKind.ERA && entities.exists(ref)) {
        return Optional.of(ref);
      }
    }
    return Optional.empty();
  }

  private static List<ClaimsView.EntityGroup> entityGroups(Map<Optional<EntityRef>, List<ClaimsView.Claim>> group,
      Map<Optional<EntityRef>, String> headings, String none) {
    List<ClaimsView.EntityGroup> entityGroups = new ArrayList<>();
    group.forEach((key, claims) -> entityGroups.add(new ClaimsView.EntityGroup(
        key.isEmpty() ? none : headings.get(key), claims)));
    return entityGroups;
  }

  private static ClaimsView.Claim claim(Narrative narrative, Entities entities, Claim claim, int index,
      AnchorPlacement placement, List<String> elementIds, boolean anyText) {
    String elementId = elementIds.get(index);
    String source = narrative.source(claim.anchor().source()).map(Entities::sourceName).orElse(claim.anchor().source());
    // A draft shows what it lacks in words, so that a half-encoded narrative still makes a readable page.
    return new ClaimsView.Claim(elementId, label(index), claim.statement().orElse("(draft: no statement yet)"),
        claim.kind().map(Labels::kind).orElse("draft, no kind yet"), Labels.verdict(claim.verdict()),
        claim.assertedBy().orElse("(not yet recorded)"),
        claim.extractedBy(), claim.refersTo().map(p -> p.text()),
        claim.anchor().exact(), source, entities.refs(claim.about()),
        entities.refs(claim.causes()), entities.refs(claim.effects()), anchor(placement, elementId, claim, anyText),
        claim.assessments().isEmpty() ? List.of() : claim.assessments().stream().map(ClaimSection::assessment).toList(),
        claim.figures().stream().map(f -> figure(entities, f)).toList(),
        claim.relations().stream().map(r -> relation(narrative, r, elementIds)).toList(),
        ActorSection.notes(claim.encoderNotes()));
  }

  private static ClaimsView.Figure figure(Entities entities, Figure figure) {
    Optional<String> baseline = Optional.empty();
    if (figure.baselineAmount().isPresent() || figure.baselinePeriod().isPresent()) {
      baseline = Optional.of(figure.baselineAmount().map(BigDecimal::toString).orElse("no amount")
          + figure.baselinePeriod().map(p -> " in " + p.text()).orElse(""));
    }
    return new ClaimsView.Figure(figure.indicator(), figure.sector().map(id -> entities.ref(EntityRef.sector(id))),
        figure.wording(), Labels.words(figure.statedAs().code()), figure.amount().map(BigDecimal::toString),
        figure.upTo().map(BigDecimal::toString), figure.unit(), figure.period().map(Period::text), baseline,
        Labels.words(figure.status().code()));
  }

  /** A relation to another claim, linked to the first claim with that id. */
  private static ClaimsView.Relation relation(Narrative narrative, ClaimRelation relation, List<String> elementIds) {
    String type = relation.type().builtInLabel().orElseGet(() -> Labels.words(relation.type().code()));
    List<Claim> claims = narrative.claims();
    for (int i = 0; i < claims.size(); i++) {
      if (claims.get(i).id().equals(relation.claim())) {
        return new ClaimsView.Relation(type, ActorSection.claimRef(i, claims.get(i), elementIds.get(i)));
      }
    }
    return new ClaimsView.Relation(type, new ClaimsView.Ref("claim",
        "\u2018" + relation.claim() + "\u2019 (not in this narrative)", Optional.empty()));
  }

  static String label(int index) {
    return "C" + (index + 1);
  }

  /** Where the claim's quote is; nothing to say when the report has no source text at all. */
  private static ClaimsView.AnchorLink anchor(AnchorPlacement placement, String elementId, Claim claim,
      boolean anyText) {
    return switch (placement.state()) {
      case PLACED -> new ClaimsView.AnchorLink("placed", Optional.of("#" + Entities.spanId(elementId)),
          placement.reason().isEmpty() ? "" : "Note: " + placement.reason() + ".");
      case ORPHANED -> new ClaimsView.AnchorLink("orphaned", Optional.empty(),
          "Orphaned anchor: " + placement.reason() + ". The quote is highlighted nowhere.");
      case AMBIGUOUS -> new ClaimsView.AnchorLink("ambiguous", Optional.empty(),
          "Ambiguous anchor: " + placement.reason() + ". The quote is highlighted nowhere.");
      case NO_TEXT -> new ClaimsView.AnchorLink("no-text", Optional.empty(), anyText
          ? "The text of source \u2018" + claim.anchor().source() + "\u2019 is not in this report." : "");
    };
  }

  private static ClaimsView.Assessment assessment(Assessment assessment) {
    return new ClaimsView.Assessment(assessment.assessor(), Labels.verdict(assessment.verdict()),
        assessment.ratingLabel(), assessment.date().map(HistoricalDate::text),
        assessment.note(), assessment.references().stream().toList());
  }

  private static String capitalised(String words) {
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
