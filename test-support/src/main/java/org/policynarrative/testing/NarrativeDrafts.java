package org.policynarrative.testing;

import static org.policynarrative.testing.NarrativeArbitraries.historicalDates;
import static org.policynarrative.testing.NarrativeArbitraries.ids;
import static org.policynarrative.testing.NarrativeArbitraries.labels;
import static org.policynarrative.testing.NarrativeArbitraries.nonBlankStrings;
import static org.policynarrative.testing.NarrativeArbitraries.periods;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.policynarrative.core.Actor;
import org.policynarrative.core.Anchor;
import org.policynarrative.core.ClaimRelation;
import org.policynarrative.core.CodeDefinition;
import org.policynarrative.core.CodeScheme;
import org.policynarrative.core.Event;
import org.policynarrative.core.Figure;
import org.policynarrative.core.LineRole;
import org.policynarrative.core.RelationType;
import org.policynarrative.core.Assessment;
import org.policynarrative.core.Claim;
import org.policynarrative.core.ClaimKind;
import org.policynarrative.core.Durability;
import org.policynarrative.core.EntityRef;
import org.policynarrative.core.Era;
import org.policynarrative.core.HistoricalDate;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.Period;
import org.policynarrative.core.PolicyLine;
import org.policynarrative.core.PriorityMode;
import org.policynarrative.core.Sector;
import org.policynarrative.core.SectorMapping;
import org.policynarrative.core.SectorPriority;
import org.policynarrative.core.Source;

/**
 * Drafts of a narrative's entities whose references are "choice" numbers rather than ids.
 * {@link #assemble} makes ids unique and turns each choice into an id that exists (taken modulo
 * what exists, and for hierarchies only pointing at earlier entries, so nothing cycles).
 */
final class NarrativeDrafts {

  private NarrativeDrafts() {}

  record EraDraft(String id, String name, Map<String, String> labels, List<String> alternativeNames,
      Period period, Optional<String> summary, Optional<Integer> source) {}

  record SectorDraft(String id, String name, Map<String, String> labels, Optional<Integer> broader,
      List<SectorMapping> mappings, Optional<String> description) {}

  record PriorityDraft(int sector, PriorityMode mode, Optional<Integer> rank, Optional<String> wording) {}

  record LineDraft(String id, String name, Optional<String> statement, Optional<HistoricalDate> adopted,
      int adoptedFallback, Optional<String> adoptedBy, Optional<String> adoptedAt, List<Integer> eras,
      List<PriorityDraft> priorities, Durability durability, Optional<Integer> supersedes,
      Optional<Integer> continues) {}

  record ClaimDraft(String id, String statement, ClaimKind kind, List<List<Integer>> mentions,
      String assertedBy, Optional<String> extractedBy, Optional<Period> refersTo, int source, Anchor anchor,
      List<Assessment> assessments) {}

  private static Arbitrary<Integer> choice() {
    return Arbitraries.integers().between(0, 10_000);
  }

  private static Arbitrary<List<Integer>> choices() {
    return choice().list().ofMaxSize(3);
  }

  static Arbitrary<EraDraft> eras() {
    return Combinators.combine(ids(), nonBlankStrings(), labels(), nonBlankStrings().list().ofMaxSize(3),
            periods(), nonBlankStrings().optional(), choice().optional())
        .as(EraDraft::new);
  }

  static Arbitrary<SectorDraft> sectors() {
    return Combinators.combine(ids(), nonBlankStrings(), labels(), choice().optional(),
            NarrativeArbitraries.sectorMappings().list().ofMaxSize(3), nonBlankStrings().optional())
        .as(SectorDraft::new);
  }

  static Arbitrary<LineDraft> lines() {
    Arbitrary<PriorityDraft> priority = Combinators.combine(choice(), Arbitraries.of(PriorityMode.values()),
            Arbitraries.integers().between(1, 1000).optional(), nonBlankStrings().optional())
        .as(PriorityDraft::new);
    Arbitrary<Optional<String>> text = nonBlankStrings().optional();
    return Combinators.combine(
            Combinators.combine(ids(), nonBlankStrings(), text, historicalDates().optional(), choice()).as(List::of),
            text, text, choices(), priority.list().ofMaxSize(3), Arbitraries.of(Durability.class),
            choice().optional(), choice().optional())
        .as((head, by, at, eras, priorities, durability, supersedes, continues) -> new LineDraft(
            (String) head.get(0), (String) head.get(1), cast(head.get(2)), cast(head.get(3)),
            (Integer) head.get(4), by, at, eras, priorities, durability, supersedes, continues));
  }

  @SuppressWarnings("unchecked")
  private static <T> Optional<T> cast(Object optional) {
    return (Optional<T>) optional;
  }

  static Arbitrary<ClaimDraft> claims() {
    Arbitrary<List<List<Integer>>> mentions = Combinators.combine(choices(), choices(), choices()).as(List::of);
    return Combinators.combine(
            Combinators.combine(ids(), nonBlankStrings(), Arbitraries.of(ClaimKind.values())).as(List::of),
            mentions, nonBlankStrings(), nonBlankStrings().optional(), periods().optional(), choice(),
            NarrativeArbitraries.anchors("placeholder"),
            NarrativeArbitraries.assessments().list().ofMaxSize(2))
        .as((head, refs, assertedBy, extractedBy, refersTo, source, anchor, assessments) -> new ClaimDraft(
            (String) head.get(0), (String) head.get(1), (ClaimKind) head.get(2), refs, assertedBy, extractedBy,
            refersTo, source, anchor, assessments));
  }

  static Narrative assemble(Narrative.Builder header, List<Source> rawSources, List<EraDraft> eraDrafts,
      List<SectorDraft> sectorDrafts, List<LineDraft> lineDrafts, List<ClaimDraft> claimDrafts,
      ModelV2Drafts.Parts v2) {
    List<Source> sources = uniqueSources(rawSources);
    int common = 0;
    for (int i = 0; i < sources.size(); i++) {
      Optional<String> translationOf = i > 0 && i < v2.translations().size()
          ? Optional.of(sources.get(v2.translations().get(i) % i).id()) : Optional.empty();
      ModelV2Drafts.Common c = common(v2, common++);
      sources.set(i, Source.builder().from(sources.get(i)).translationOf(translationOf)
          .addAllEncoderNotes(c.notes()).build());
    }
    List<String> sourceIds = sources.stream().map(Source::id).collect(Collectors.toList());

    List<String> eraIds = unique(eraDrafts.stream().map(EraDraft::id).collect(Collectors.toList()));
    List<Era> eras = new ArrayList<>();
    for (int i = 0; i < eraDrafts.size(); i++) {
      ModelV2Drafts.Common c = common(v2, common++);
      eras.add(Era.builder().from(era(eraDrafts.get(i), eraIds.get(i), sourceIds))
          .addAllIdentifiers(c.identifiers()).addAllEncoderNotes(c.notes()).build());
    }

    List<String> sectorIds = unique(sectorDrafts.stream().map(SectorDraft::id).collect(Collectors.toList()));
    List<Sector> sectors = new ArrayList<>();
    for (int i = 0; i < sectorDrafts.size(); i++) {
      ModelV2Drafts.Common c = common(v2, common++);
      sectors.add(Sector.builder().from(sector(sectorDrafts.get(i), sectorIds.get(i), sectorIds.subList(0, i)))
          .addAllIdentifiers(c.identifiers()).addAllEncoderNotes(c.notes()).build());
    }

    List<String> actorIds = unique(v2.actors().stream().map(Actor::id).collect(Collectors.toList()));
    List<Actor> actors = new ArrayList<>();
    for (int i = 0; i < actorIds.size(); i++) {
      actors.add(Actor.builder().from(v2.actors().get(i)).id(actorIds.get(i)).build());
    }
    List<String> eventIds = unique(v2.events().stream().map(ModelV2Drafts.EventDraft::id)
        .collect(Collectors.toList()));
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < eventIds.size(); i++) {
      ModelV2Drafts.EventDraft d = v2.events().get(i);
      events.add(Event.builder().id(eventIds.get(i)).name(d.name()).putAllLabels(d.labels()).when(d.when())
          .place(d.place()).addAllParticipants(actorIds.isEmpty() ? List.of()
              : d.participants().stream().map(p -> actorIds.get(p % actorIds.size())).collect(Collectors.toList()))
          .summary(d.summary()).addAllIdentifiers(d.common().identifiers())
          .addAllEncoderNotes(d.common().notes()).build());
    }
    List<CodeDefinition> vocabulary = ModelV2Drafts.vocabulary(v2.codes());

    List<String> lineIds = unique(lineDrafts.stream().map(LineDraft::id).collect(Collectors.toList()));
    List<PolicyLine> lines = new ArrayList<>();
    for (int i = 0; i < lineDrafts.size(); i++) {
      PolicyLine line = line(lineDrafts.get(i), lineIds.get(i), eras, sectorIds, lineIds.subList(0, i));
      if (i < v2.lines().size()) {
        line = withExtras(line, v2.lines().get(i), actorIds, eventIds, lineIds.subList(0, i),
            declared(vocabulary, CodeScheme.PRIORITY_MODE));
      }
      lines.add(line);
    }

    List<EntityRef> pool = new ArrayList<>();
    sourceIds.forEach(id -> pool.add(EntityRef.source(id)));
    eraIds.forEach(id -> pool.add(EntityRef.era(id)));
    sectorIds.forEach(id -> pool.add(EntityRef.sector(id)));
    lineIds.forEach(id -> pool.add(EntityRef.policyLine(id)));
    actorIds.forEach(id -> pool.add(EntityRef.actor(id)));
    eventIds.forEach(id -> pool.add(EntityRef.event(id)));

    // A claim must quote a source: without sources there are no claims.
    List<ClaimDraft> claimable = sourceIds.isEmpty() ? List.of() : claimDrafts;
    List<String> claimIds = unique(claimable.stream().map(ClaimDraft::id).collect(Collectors.toList()));
    List<Claim> claims = new ArrayList<>();
    for (int i = 0; i < claimable.size(); i++) {
      Claim claim = claim(claimable.get(i), claimIds.get(i), sourceIds, pool);
      if (i < v2.claims().size()) {
        claim = withExtras(claim, v2.claims().get(i), sourceIds, sectorIds, pool, claimIds.subList(0, i), vocabulary);
      }
      claims.add(claim);
    }

    return header.addAllSources(sources).addAllEras(eras).addAllSectors(sectors).addAllPolicyLines(lines)
        .addAllClaims(claims).addAllActors(actors).addAllEvents(events).addAllVocabulary(vocabulary).build();
  }

  private static ModelV2Drafts.Common common(ModelV2Drafts.Parts v2, int index) {
    return index < v2.others().size() ? v2.others().get(index) : ModelV2Drafts.none();
  }

  private static List<String> declared(List<CodeDefinition> vocabulary, CodeScheme scheme) {
    return vocabulary.stream().filter(d -> d.scheme() == scheme).map(CodeDefinition::code)
        .collect(Collectors.toList());
  }

  private static PolicyLine withExtras(PolicyLine line, ModelV2Drafts.LineExtras x, List<String> actorIds,
      List<String> eventIds, List<String> earlierLines, List<String> modes) {
    PolicyLine.Builder b = PolicyLine.builder().from(line).putAllLabels(x.labels()).inForce(x.inForce())
        .adoptedAtEvent(pick(x.event(), eventIds)).amends(pick(x.amends(), earlierLines))
        .addAllIdentifiers(x.common().identifiers()).addAllEncoderNotes(x.common().notes());
    if (!actorIds.isEmpty()) {
      for (int r = 0; r < x.roles().size(); r++) {
        b.addRoles(LineRole.of(x.roles().get(r), actorIds.get(x.roleActors().get(r) % actorIds.size())));
      }
    }
    Optional<String> mode = pick(x.customMode(), modes);
    if (mode.isPresent() && !line.priorities().isEmpty()) {
      List<SectorPriority> priorities = new ArrayList<>(line.priorities());
      priorities.set(0, SectorPriority.builder().from(priorities.get(0)).mode(PriorityMode.fromCode(mode.get())).build());
      b.priorities(priorities);
    }
    return b.build();
  }

  private static Claim withExtras(Claim claim, ModelV2Drafts.ClaimExtras x, List<String> sourceIds,
      List<String> sectorIds, List<EntityRef> pool, List<String> earlierClaims, List<CodeDefinition> vocabulary) {
    Claim.Builder b = Claim.builder().from(claim).addAllJustifies(refs(x.justifies(), pool))
        .addAllEncoderNotes(x.notes());
    for (int a = 0; a < x.otherAnchors().size(); a++) {
      b.addOtherAnchors(Anchor.builder().from(x.otherAnchors().get(a))
          .source(sourceIds.get(x.otherSources().get(a) % sourceIds.size())).build());
    }
    for (ModelV2Drafts.FigureDraft f : x.figures()) {
      b.addFigures(Figure.builder().from(f.figure()).sector(pick(f.sector(), sectorIds)).build());
    }
    List<String> types = new ArrayList<>();
    for (RelationType type : RelationType.values()) {
      types.add(type.code());
    }
    types.addAll(declared(vocabulary, CodeScheme.RELATION_TYPE));
    if (!earlierClaims.isEmpty()) {
      for (int r = 0; r < x.relationTargets().size(); r++) {
        b.addRelations(ClaimRelation.of(
            RelationType.fromCode(types.get(x.relationTypes().get(r) % types.size())),
            earlierClaims.get(x.relationTargets().get(r) % earlierClaims.size())));
      }
    }
    pick(x.customKind(), declared(vocabulary, CodeScheme.CLAIM_KIND)).ifPresent(k -> b.kind(ClaimKind.fromCode(k)));
    // Drafts, as `init` writes them and encoders leave them: about one claim in three lacks its kind,
    // its statement, who asserts it, or all three, or is bare: an id and a quote. Derived from generated values, so it shrinks with them.
    switch (Math.floorMod(claim.id().hashCode() * 31 + claim.anchor().exact().hashCode(), 12)) {
      case 0 -> b.kind(Optional.empty());
      case 1 -> b.statement(Optional.empty());
      case 2 -> b.assertedBy(Optional.empty());
      case 3 -> b.kind(Optional.empty()).statement(Optional.empty()).assertedBy(Optional.empty());
      case 4 -> {
        return Claim.builder().id(claim.id()).anchor(claim.anchor()).build(); // bare, as `init` writes it
      }
      default -> { }
    }
    return b.build();
  }

  static Era era(EraDraft d, String id, List<String> sourceIds) {
    return Era.builder().id(id).name(d.name()).putAllLabels(d.labels())
        .addAllAlternativeNames(d.alternativeNames()).period(d.period()).summary(d.summary())
        .source(pick(d.source(), sourceIds)).build();
  }

  static Sector sector(SectorDraft d, String id, List<String> earlierSectors) {
    return Sector.builder().id(id).name(d.name()).putAllLabels(d.labels())
        .broader(pick(d.broader(), earlierSectors)).addAllMappings(d.mappings())
        .description(d.description()).build();
  }

  /** A claim quoting one of {@code sourceIds} (not empty) and mentioning entities of {@code pool}. */
  static Claim claim(ClaimDraft d, String id, List<String> sourceIds, List<EntityRef> pool) {
    Anchor a = d.anchor();
    Anchor anchor = Anchor.builder().source(sourceIds.get(d.source() % sourceIds.size())).exact(a.exact())
        .prefix(a.prefix()).suffix(a.suffix()).start(a.start()).end(a.end()).build();
    return Claim.builder().id(id).statement(d.statement()).kind(d.kind())
        .addAllAbout(refs(d.mentions().get(0), pool)).addAllCauses(refs(d.mentions().get(1), pool))
        .addAllEffects(refs(d.mentions().get(2), pool)).assertedBy(d.assertedBy())
        .extractedBy(d.extractedBy()).refersTo(d.refersTo()).anchor(anchor)
        .addAllAssessments(d.assessments()).build();
  }

  private static PolicyLine line(LineDraft d, String id, List<Era> eras, List<String> sectorIds,
      List<String> earlierLines) {
    List<Era> memberOf = new ArrayList<>();
    if (!eras.isEmpty()) {
      Set<Integer> seen = new LinkedHashSet<>();
      d.eras().forEach(c -> seen.add(c % eras.size()));
      seen.forEach(index -> memberOf.add(eras.get(index)));
    }
    Optional<HistoricalDate> adopted = d.adopted();
    if (adopted.isPresent() && !memberOf.isEmpty()
        && memberOf.stream().noneMatch(era -> era.period().overlaps(d.adopted().get()))) {
      // An end of an era's own period always lies in that era.
      Period period = memberOf.get(d.adoptedFallback() % memberOf.size()).period();
      adopted = Optional.of(period.start().or(period::end).orElseThrow());
    }
    List<SectorPriority> priorities = new ArrayList<>();
    if (!sectorIds.isEmpty()) {
      for (PriorityDraft p : d.priorities()) {
        priorities.add(SectorPriority.builder().sector(sectorIds.get(p.sector() % sectorIds.size()))
            .mode(p.mode()).rank(p.rank()).wording(p.wording()).build());
      }
    }
    return PolicyLine.builder().id(id).name(d.name()).statement(d.statement()).adopted(adopted)
        .adoptedBy(d.adoptedBy()).adoptedAt(d.adoptedAt())
        .addAllEras(memberOf.stream().map(Era::id).collect(Collectors.toList()))
        .addAllPriorities(priorities).durability(d.durability())
        .supersedes(pick(d.supersedes(), earlierLines)).continues(pick(d.continues(), earlierLines)).build();
  }

  private static List<EntityRef> refs(List<Integer> choices, List<EntityRef> pool) {
    if (pool.isEmpty()) {
      return List.of();
    }
    return choices.stream().map(c -> pool.get(c % pool.size())).collect(Collectors.toList());
  }

  private static Optional<String> pick(Optional<Integer> choice, List<String> ids) {
    return ids.isEmpty() ? Optional.empty() : choice.map(c -> ids.get(c % ids.size()));
  }

  private static List<Source> uniqueSources(List<Source> raw) {
    List<String> ids = unique(raw.stream().map(Source::id).collect(Collectors.toList()));
    List<Source> sources = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      Source s = raw.get(i);
      sources.add(s.id().equals(ids.get(i)) ? s : Source.builder().id(ids.get(i)).title(s.title())
          .publisher(s.publisher()).published(s.published()).url(s.url()).language(s.language())
          .sha256(s.sha256()).note(s.note()).build());
    }
    return sources;
  }

  /** The ids in order, each repeated one renamed with a numeric suffix until it is unique. */
  private static List<String> unique(List<String> ids) {
    Set<String> used = new HashSet<>(ids.size() * 2);
    List<String> result = new ArrayList<>(ids.size());
    for (String id : ids) {
      String candidate = id;
      for (int n = 2; !used.add(candidate); n++) {
        candidate = id + "-" + n;
      }
      result.add(candidate);
    }
    return result;
  }
}
