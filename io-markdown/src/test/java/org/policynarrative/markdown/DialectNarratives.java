package org.policynarrative.markdown;

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
import org.policynarrative.core.Anchor;
import org.policynarrative.core.Assessment;
import org.policynarrative.core.CalendarModel;
import org.policynarrative.core.Claim;
import org.policynarrative.core.ClaimKind;
import org.policynarrative.core.Durability;
import org.policynarrative.core.EntityRef;
import org.policynarrative.core.Era;
import org.policynarrative.core.HistoricalDate;
import org.policynarrative.core.MappingRelation;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.Period;
import org.policynarrative.core.PolicyLine;
import org.policynarrative.core.PriorityMode;
import org.policynarrative.core.Sector;
import org.policynarrative.core.SectorMapping;
import org.policynarrative.core.SectorPriority;
import org.policynarrative.core.Source;
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

  /** Valid narratives: unique ids, resolvable references, no cycles. */
  public static Arbitrary<Narrative> narratives() {
    return Arbitraries.randomValue(DialectNarratives::narrative);
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
