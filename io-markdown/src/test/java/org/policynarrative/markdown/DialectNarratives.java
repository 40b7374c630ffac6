package org.policynarrative.markdown;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.policynarrative.core.Actor;
import org.policynarrative.core.ActorKind;
import org.policynarrative.core.ActorRole;
import org.policynarrative.core.Anchor;
import org.policynarrative.core.Assessment;
import org.policynarrative.core.CalendarModel;
import org.policynarrative.core.Claim;
import org.policynarrative.core.ClaimKind;
import org.policynarrative.core.ClaimRelation;
import org.policynarrative.core.CodeDefinition;
import org.policynarrative.core.CodeScheme;
import org.policynarrative.core.Durability;
import org.policynarrative.core.EncoderNote;
import org.policynarrative.core.EntityRef;
import org.policynarrative.core.Era;
import org.policynarrative.core.Event;
import org.policynarrative.core.Figure;
import org.policynarrative.core.FigureStatus;
import org.policynarrative.core.HistoricalDate;
import org.policynarrative.core.LineRole;
import org.policynarrative.core.MappingRelation;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.Period;
import org.policynarrative.core.PolicyLine;
import org.policynarrative.core.PriorityMode;
import org.policynarrative.core.RelationType;
import org.policynarrative.core.Sector;
import org.policynarrative.core.SectorMapping;
import org.policynarrative.core.SectorPriority;
import org.policynarrative.core.Source;
import org.policynarrative.core.StatedAs;
import org.policynarrative.core.Verdict;

/**
 * Random valid narratives that complement core's shared {@code NarrativeArbitraries} for this
 * dialect: text built from pieces of this dialect's own syntax ({@code **Key:**}, {@code id: Name},
 * table pipes, the worded-date form), unpaired surrogates, policy lines adopted outside their eras
 * (which reading accepts), and random data-set orders of eras, lines and sectors.
 */
public final class DialectNarratives {

  /** Pieces of text that Markdown, HTML, this dialect or Unicode treat specially. */
  private static final List<String> FRAGMENTS = List.of(
      "#", "## ", "*", "**", "_", "__", "|", "`", "```", "~~~", ">", "> ", "1.", "2)", "- ", "+", "=",
      "---", "[link](x)", "![i](y)", "<script>alert(1)</script>", "<b>", "&amp;", "&#10;", "&#0;", "&copy;",
      "&", "&#", "\\", "\\|", "\\\\", "~", "$", ":", ": ", "**Key:** ", "- **Id:** x", " as written \"",
      "\" in the juche calendar", "1953", "Juche 42", "..", "/", "  ", " ", "\t", "\n", "\r\n", "\r",
      "\u0000", "\u001b", "\u007f", "\u0085", "\u00a0", "\u2028", "\u2029", "\ufeff", "\u3000", "\ufffd",
      "만리마", "고난의 행군", "😀", "\ud800", "\udc00", "a", "word", "policy-line:x", "era:y");

  private static final List<String> TAGS = List.of("en", "ko", "ko-KP", "zh-Hant-TW", "fr", "sr-Latn", "de-CH-1996");

  /**
   * The claim kinds and priority modes of dialect 1 (before model v2), frozen: the generated
   * dialect-1 fixtures ({@code DialectOneTest/generated-*.md}) are this generator's output for
   * fixed seeds, so what it draws from must not grow with core's built-in codes.
   */
  private static final List<ClaimKind> KINDS = List.of(ClaimKind.ACHIEVEMENT, ClaimKind.OBJECTIVE,
      ClaimKind.CAUSAL_ATTRIBUTION, ClaimKind.CHARACTERISATION, ClaimKind.THREAT_PERCEPTION,
      ClaimKind.POLICY_ADOPTION, ClaimKind.POLICY_DESCRIPTION, ClaimKind.ONGOING_EFFORT);
  private static final List<PriorityMode> MODES = List.of(PriorityMode.TOP_PRIORITY, PriorityMode.PREFERENTIAL,
      PriorityMode.PRIORITIZED, PriorityMode.SIMULTANEOUS);

  private DialectNarratives() {}

  /** Valid narratives: unique ids, resolvable references, no cycles; with model v2's features. */
  public static Arbitrary<Narrative> narratives() {
    return Arbitraries.randomValue(r -> withModelTwo(narrative(r), r));
  }

  /** Any string, biased towards the tricky fragments. */
  static Arbitrary<String> strings() {
    return Arbitraries.randomValue(DialectNarratives::text);
  }

  static Narrative narrative(Random r) {
    List<String> sourceIds = slugs(r, 3);
    List<String> eraIds = slugs(r, 4);
    List<String> sectorIds = slugs(r, 5);
    List<String> lineIds = slugs(r, 4);
    List<String> claimIds = sourceIds.isEmpty() ? List.of() : slugs(r, 5);
    Narrative.Builder b = Narrative.builder()
        .id(slug(r)).title(nonBlank(r)).language(pick(r, TAGS)).version(nonBlank(r));
    maybe(r, () -> nonBlank(r)).ifPresent(b::description);
    for (String id : sourceIds) {
      Source.Builder s = Source.builder().id(id);
      maybe(r, () -> nonBlank(r)).ifPresent(s::title);
      maybe(r, () -> nonBlank(r)).ifPresent(s::publisher);
      maybe(r, () -> date(r)).ifPresent(s::published);
      maybe(r, () -> nonBlank(r)).ifPresent(s::url);
      maybe(r, () -> pick(r, TAGS)).ifPresent(s::language);
      maybe(r, () -> sha256(r)).ifPresent(s::sha256);
      maybe(r, () -> nonBlank(r)).ifPresent(s::note);
      b.addSources(s.build());
    }
    for (String id : eraIds) {
      Era.Builder e = Era.builder().id(id).name(nonBlank(r)).period(period(r));
      for (String tag : subset(r, TAGS)) {
        e.putLabels(tag, nonBlank(r));
      }
      for (int i = r.nextInt(3); i > 0; i--) {
        e.addAlternativeNames(nonBlank(r));
      }
      maybe(r, () -> nonBlank(r)).ifPresent(e::summary);
      if (!sourceIds.isEmpty()) {
        maybe(r, () -> pick(r, sourceIds)).ifPresent(e::source);
      }
      b.addEras(e.build());
    }
    List<Integer> sectorRank = shuffledIndexes(r, sectorIds.size());
    for (int i = 0; i < sectorIds.size(); i++) {
      Sector.Builder s = Sector.builder().id(sectorIds.get(i)).name(nonBlank(r));
      lowerRanked(r, sectorRank, i).ifPresent(p -> s.broader(sectorIds.get(p)));
      for (String tag : subset(r, TAGS)) {
        s.putLabels(tag, nonBlank(r));
      }
      for (int m = r.nextInt(3); m > 0; m--) {
        s.addMappings(SectorMapping.of(nonBlank(r), nonBlank(r), pick(r, List.of(MappingRelation.values()))));
      }
      maybe(r, () -> nonBlank(r)).ifPresent(s::description);
      b.addSectors(s.build());
    }
    List<Integer> supersedeRank = shuffledIndexes(r, lineIds.size());
    List<Integer> continueRank = shuffledIndexes(r, lineIds.size());
    for (int i = 0; i < lineIds.size(); i++) {
      PolicyLine.Builder l = PolicyLine.builder().id(lineIds.get(i)).name(nonBlank(r));
      maybe(r, () -> nonBlank(r)).ifPresent(l::statement);
      maybe(r, () -> date(r)).ifPresent(l::adopted);
      maybe(r, () -> nonBlank(r)).ifPresent(l::adoptedBy);
      maybe(r, () -> nonBlank(r)).ifPresent(l::adoptedAt);
      l.addAllEras(subset(r, eraIds));
      if (!sectorIds.isEmpty()) {
        for (int p = r.nextInt(4); p > 0; p--) {
          SectorPriority.Builder sp = SectorPriority.builder().sector(pick(r, sectorIds))
              .mode(pick(r, MODES));
          maybe(r, () -> 1 + r.nextInt(r.nextBoolean() ? 5 : Integer.MAX_VALUE)).ifPresent(sp::rank);
          maybe(r, () -> nonBlank(r)).ifPresent(sp::wording);
          l.addPriorities(sp.build());
        }
      }
      if (r.nextBoolean()) {
        l.durability(pick(r, List.of(Durability.values())));
      }
      lowerRanked(r, supersedeRank, i).ifPresent(p -> l.supersedes(lineIds.get(p)));
      lowerRanked(r, continueRank, i).ifPresent(p -> l.continues(lineIds.get(p)));
      b.addPolicyLines(l.build());
    }
    List<EntityRef> refs = new ArrayList<>();
    eraIds.forEach(id -> refs.add(EntityRef.era(id)));
    sectorIds.forEach(id -> refs.add(EntityRef.sector(id)));
    lineIds.forEach(id -> refs.add(EntityRef.policyLine(id)));
    sourceIds.forEach(id -> refs.add(EntityRef.source(id)));
    for (String id : claimIds) {
      Claim.Builder c = Claim.builder().id(id).statement(nonBlank(r)).kind(pick(r, KINDS))
          .assertedBy(nonBlank(r));
      c.addAllAbout(subset(r, refs)).addAllCauses(subset(r, refs)).addAllEffects(subset(r, refs));
      maybe(r, () -> nonBlank(r)).ifPresent(c::extractedBy);
      maybe(r, () -> period(r)).ifPresent(c::refersTo);
      String exact = text(r);
      if (exact.isEmpty()) {
        exact = "q";
      }
      Anchor.Builder a = Anchor.builder().source(pick(r, sourceIds)).exact(exact);
      maybe(r, () -> text(r)).ifPresent(a::prefix);
      maybe(r, () -> text(r)).ifPresent(a::suffix);
      if (r.nextBoolean()) {
        int start = r.nextBoolean() ? r.nextInt(10) : r.nextInt(1_000_000);
        a.start(start).end(start + exact.codePointCount(0, exact.length()));
      }
      c.anchor(a.build());
      for (int k = r.nextInt(3); k > 0; k--) {
        Verdict verdict = pick(r, List.of(Verdict.values()));
        Assessment.Builder as = Assessment.builder().assessor(nonBlank(r)).verdict(verdict);
        maybe(r, () -> nonBlank(r)).ifPresent(as::ratingLabel);
        maybe(r, () -> date(r)).ifPresent(as::date);
        maybe(r, () -> nonBlank(r)).ifPresent(as::note);
        for (int n = (verdict == Verdict.UNVERIFIED ? 0 : 1) + r.nextInt(2); n > 0; n--) {
          as.addReferences(nonBlank(r));
        }
        c.addAssessments(as.build());
      }
      b.addClaims(c.build());
    }
    return b.build();
  }

  /**
   * The narrative with model v2's features added, in this dialect's tricky text: actors, events,
   * declared codes (used), figures with decimals of every scale, claim relations to earlier claims,
   * other anchors, justifications, amendments of earlier lines, roles, in-force periods, labels,
   * identifiers and encoder's notes. {@link #narrative(Random)} stays as it was, for the dialect-1
   * fixtures.
   */
  static Narrative withModelTwo(Narrative base, Random r) {
    Narrative.Builder b = Narrative.builder().from(base);
    List<String> actorIds = slugs(r, 3);
    for (String id : actorIds) {
      Actor.Builder a = Actor.builder().id(id).name(nonBlank(r)).kind(pick(r, List.of(ActorKind.values())));
      subset(r, TAGS).forEach(tag -> a.putLabels(tag, nonBlank(r)));
      maybe(r, () -> nonBlank(r)).ifPresent(a::addAlternativeNames);
      maybe(r, () -> nonBlank(r)).ifPresent(a::description);
      a.addAllIdentifiers(identifiers(r)).addAllEncoderNotes(notes(r));
      b.addActors(a.build());
    }
    List<String> eventIds = slugs(r, 3);
    for (String id : eventIds) {
      Event.Builder e = Event.builder().id(id).name(nonBlank(r)).addAllParticipants(subset(r, actorIds));
      maybe(r, () -> period(r)).ifPresent(e::when);
      maybe(r, () -> nonBlank(r)).ifPresent(e::place);
      maybe(r, () -> nonBlank(r)).ifPresent(e::summary);
      subset(r, TAGS).forEach(tag -> e.putLabels(tag, nonBlank(r)));
      e.addAllIdentifiers(identifiers(r)).addAllEncoderNotes(notes(r));
      b.addEvents(e.build());
    }
    List<CodeDefinition> codes = new ArrayList<>();
    for (CodeScheme scheme : CodeScheme.values()) {
      for (String code : slugs(r, 2)) {
        List<String> broader = new ArrayList<>();
        scheme.builtIns().forEach(c -> broader.add(c.code()));
        codes.stream().filter(c -> c.scheme() == scheme).forEach(c -> broader.add(c.code()));
        if (broader.contains("x-" + code)) {
          continue;
        }
        CodeDefinition.Builder c = CodeDefinition.builder().scheme(scheme).code("x-" + code).label(nonBlank(r));
        maybe(r, () -> nonBlank(r)).ifPresent(c::definition);
        maybe(r, () -> pick(r, broader)).ifPresent(c::broader);
        codes.add(c.build());
      }
    }
    b.vocabulary(codes);
    b.sources(List.of());
    List<String> sourceIds = new ArrayList<>();
    for (Source source : base.sources()) {
      Source.Builder s = Source.builder().from(source).addAllEncoderNotes(notes(r));
      if (!sourceIds.isEmpty() && r.nextBoolean()) {
        s.translationOf(pick(r, sourceIds));
      }
      sourceIds.add(source.id());
      b.addSources(s.build());
    }
    b.eras(List.of());
    base.eras().forEach(era -> b.addEras(Era.builder().from(era).addAllIdentifiers(identifiers(r))
        .addAllEncoderNotes(notes(r)).build()));
    b.sectors(List.of());
    base.sectors().forEach(sector -> b.addSectors(Sector.builder().from(sector).addAllIdentifiers(identifiers(r))
        .addAllEncoderNotes(notes(r)).build()));
    b.policyLines(List.of());
    List<String> lineIds = new ArrayList<>();
    for (PolicyLine line : base.policyLines()) {
      PolicyLine.Builder l = PolicyLine.builder().from(line).addAllIdentifiers(identifiers(r))
          .addAllEncoderNotes(notes(r));
      subset(r, TAGS).forEach(tag -> l.putLabels(tag, nonBlank(r)));
      if (!actorIds.isEmpty()) {
        for (int n = r.nextInt(3); n > 0; n--) {
          l.addRoles(LineRole.of(pick(r, List.of(ActorRole.values())), pick(r, actorIds)));
        }
      }
      if (!eventIds.isEmpty()) {
        maybe(r, () -> pick(r, eventIds)).ifPresent(l::adoptedAtEvent);
      }
      maybe(r, () -> period(r)).ifPresent(l::inForce);
      if (!lineIds.isEmpty() && r.nextBoolean()) {
        l.amends(pick(r, lineIds)); // only earlier lines: amendments never cycle
      }
      List<String> modes = codes.stream().filter(c -> c.scheme() == CodeScheme.PRIORITY_MODE).map(c -> c.code())
          .toList();
      if (!modes.isEmpty() && !base.sectors().isEmpty() && r.nextBoolean()) {
        l.addPriorities(SectorPriority.of(pick(r, base.sectors()).id(), PriorityMode.fromCode(pick(r, modes))));
      }
      lineIds.add(line.id());
      b.addPolicyLines(l.build());
    }
    b.claims(List.of());
    List<String> claimIds = new ArrayList<>();
    List<EntityRef> refs = new ArrayList<>();
    actorIds.forEach(id -> refs.add(EntityRef.actor(id)));
    eventIds.forEach(id -> refs.add(EntityRef.event(id)));
    base.policyLines().forEach(line -> refs.add(EntityRef.policyLine(line.id())));
    List<String> kinds = codes.stream().filter(c -> c.scheme() == CodeScheme.CLAIM_KIND).map(c -> c.code()).toList();
    List<String> types = new ArrayList<>();
    List.of(RelationType.values()).forEach(t -> types.add(t.code()));
    codes.stream().filter(c -> c.scheme() == CodeScheme.RELATION_TYPE).forEach(c -> types.add(c.code()));
    for (Claim claim : base.claims()) {
      Claim.Builder c = Claim.builder().from(claim).addAllJustifies(subset(r, refs)).addAllEncoderNotes(notes(r));
      // the About list may now name actors and events first, which moves the claim under them
      if (r.nextInt(3) == 0) {
        List<EntityRef> about = new ArrayList<>(subset(r, refs));
        claim.about().stream().filter(ref -> !about.contains(ref)).forEach(about::add);
        c.about(about);
      }
      if (!kinds.isEmpty() && r.nextInt(3) == 0) {
        c.kind(ClaimKind.fromCode(pick(r, kinds)));
      }
      for (int n = r.nextInt(3); n > 0; n--) {
        Anchor.Builder a = Anchor.builder().source(pick(r, sourceIds)).exact(nonBlank(r));
        maybe(r, () -> text(r)).ifPresent(a::prefix);
        maybe(r, () -> text(r)).ifPresent(a::suffix);
        c.addOtherAnchors(a.build());
      }
      for (int n = r.nextInt(3); n > 0; n--) {
        c.addFigures(figure(r, base.sectors()));
      }
      if (!claimIds.isEmpty()) {
        for (int n = r.nextInt(3); n > 0; n--) {
          c.addRelations(ClaimRelation.of(RelationType.fromCode(pick(r, types)), pick(r, claimIds)));
        }
      }
      claimIds.add(claim.id());
      b.addClaims(c.build());
    }
    return b.build();
  }

  private static Figure figure(Random r, List<Sector> sectors) {
    StatedAs statedAs = pick(r, List.of(StatedAs.values()));
    Figure.Builder f = Figure.builder().indicator(nonBlank(r)).wording(nonBlank(r)).statedAs(statedAs)
        .status(pick(r, List.of(FigureStatus.values())));
    BigDecimal amount = decimal(r);
    if (statedAs != StatedAs.UNQUANTIFIED) {
      f.amount(amount);
    }
    if (statedAs == StatedAs.RANGE) {
      f.upTo(amount.add(decimal(r).abs()).add(BigDecimal.ONE));
    }
    if (!sectors.isEmpty()) {
      maybe(r, () -> pick(r, sectors).id()).ifPresent(f::sector);
    }
    maybe(r, () -> nonBlank(r)).ifPresent(f::unit);
    maybe(r, () -> pick(r, List.of("t", "%", "10*6.t", "[ppm]", "kW.h"))).ifPresent(f::ucum);
    maybe(r, () -> decimal(r)).ifPresent(f::baselineAmount);
    if (r.nextBoolean()) {
      Period period = period(r);
      f.period(period);
      // a baseline no later than the period: the period itself, or nothing
      if (r.nextBoolean()) {
        f.baselinePeriod(period);
      }
    }
    return f.build();
  }

  /** Decimals of every scale: {@code 5.35}, {@code 5.350}, {@code -4}, {@code 1E+3}, {@code 0.000001}. */
  private static BigDecimal decimal(Random r) {
    BigInteger unscaled = BigInteger.valueOf(r.nextLong()).shiftLeft(r.nextInt(40)).shiftRight(r.nextInt(100));
    return new BigDecimal(unscaled, r.nextInt(21) - 8);
  }

  private static List<String> identifiers(Random r) {
    List<String> ids = new ArrayList<>();
    for (int n = r.nextInt(3); n > 0; n--) {
      StringBuilder local = new StringBuilder();
      for (char c : text(r).toCharArray()) {
        if (!Character.isWhitespace(c) && !Character.isISOControl(c) && !Character.isSpaceChar(c)) {
          local.append(c);
        }
      }
      ids.add(pick(r, List.of("wikidata", "periodo", "https", "x-local.v2")) + ":" + (local.length() == 0 ? "Q1" : local));
    }
    return ids;
  }

  private static List<EncoderNote> notes(Random r) {
    List<EncoderNote> notes = new ArrayList<>();
    for (int n = r.nextInt(3) == 0 ? 1 + r.nextInt(2) : 0; n > 0; n--) {
      EncoderNote.Builder note = EncoderNote.builder().text(nonBlank(r));
      maybe(r, () -> nonBlank(r)).ifPresent(note::author);
      notes.add(note.build());
    }
    return notes;
  }

  static String text(Random r) {
    StringBuilder out = new StringBuilder();
    for (int pieces = r.nextInt(6); pieces > 0; pieces--) {
      if (r.nextInt(10) < 6) {
        out.append(pick(r, FRAGMENTS));
        continue;
      }
      for (int n = r.nextInt(5); n > 0; n--) {
        switch (r.nextInt(4)) {
          case 0:
            out.append((char) (0x20 + r.nextInt(0x5F)));
            break;
          case 1:
            out.append((char) r.nextInt(0x10000));
            break;
          case 2:
            out.appendCodePoint(0x10000 + r.nextInt(Character.MAX_CODE_POINT - 0xFFFF));
            break;
          default:
            out.append((char) r.nextInt(0x20));
        }
      }
    }
    return out.toString();
  }

  static String nonBlank(Random r) {
    String text = text(r);
    if (!text.isBlank()) {
      return text;
    }
    return r.nextBoolean() ? text + "x" : "x" + text;
  }

  private static String slug(Random r) {
    String first = "abcdefghijklmnopqrstuvwxyz0123456789";
    String rest = first + "-";
    StringBuilder out = new StringBuilder().append(first.charAt(r.nextInt(first.length())));
    for (int n = r.nextInt(8); n > 0; n--) {
      out.append(rest.charAt(r.nextInt(rest.length())));
    }
    return out.toString();
  }

  private static List<String> slugs(Random r, int max) {
    Set<String> ids = new LinkedHashSet<>();
    for (int n = r.nextInt(max + 1); n > 0; n--) {
      ids.add(slug(r));
    }
    return new ArrayList<>(ids);
  }

  private static String sha256(Random r) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 64; i++) {
      out.append("0123456789abcdef".charAt(r.nextInt(16)));
    }
    return out.toString();
  }

  static HistoricalDate date(Random r) {
    HistoricalDate date;
    switch (r.nextInt(5)) {
      case 0:
        date = HistoricalDate.ofYear(r.nextInt(10_000));
        break;
      case 1:
        date = HistoricalDate.ofMonth(r.nextInt(10_000), 1 + r.nextInt(12));
        break;
      case 2:
        date = HistoricalDate.ofDay(r.nextInt(10_000), 1 + r.nextInt(12), 1 + r.nextInt(28));
        break;
      case 3:
        date = HistoricalDate.ofDecade(10 * r.nextInt(1000));
        break;
      default:
        date = HistoricalDate.ofJucheYear(1 + r.nextInt(9999 - 1911));
    }
    if (r.nextInt(3) == 0) {
      date = date.withQualifiers(r.nextBoolean(), r.nextBoolean());
    }
    if (r.nextInt(3) == 0) {
      date = date.withWording(nonBlank(r), pick(r, List.of(CalendarModel.values())));
    }
    return date;
  }

  static Period period(Random r) {
    switch (r.nextInt(4)) {
      case 0:
        return Period.of(date(r));
      case 1: {
        HistoricalDate a = date(r);
        HistoricalDate b = date(r);
        return HistoricalDate.CHRONOLOGICAL.compare(a, b) <= 0 ? Period.between(a, b) : Period.between(b, a);
      }
      case 2:
        return Period.from(date(r));
      default:
        return Period.until(date(r));
    }
  }

  private static <T> T pick(Random r, List<T> values) {
    return values.get(r.nextInt(values.size()));
  }

  private static <T> Optional<T> maybe(Random r, Supplier<T> value) {
    return r.nextInt(3) == 0 ? Optional.empty() : Optional.of(value.get());
  }

  private static <T> List<T> subset(Random r, List<T> values) {
    List<T> copy = new ArrayList<>(values);
    Collections.shuffle(copy, r);
    return new ArrayList<>(copy.subList(0, r.nextInt(Math.min(copy.size(), 3) + 1)));
  }

  private static List<Integer> shuffledIndexes(Random r, int n) {
    List<Integer> ranks = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ranks.add(i);
    }
    Collections.shuffle(ranks, r);
    return ranks;
  }

  /** Some index whose rank is lower than {@code i}'s, so links between them can never form a cycle. */
  private static Optional<Integer> lowerRanked(Random r, List<Integer> rank, int i) {
    List<Integer> candidates = new ArrayList<>();
    for (int j = 0; j < rank.size(); j++) {
      if (rank.get(j) < rank.get(i)) {
        candidates.add(j);
      }
    }
    return candidates.isEmpty() || r.nextInt(3) == 0 ? Optional.empty() : Optional.of(pick(r, candidates));
  }
}
