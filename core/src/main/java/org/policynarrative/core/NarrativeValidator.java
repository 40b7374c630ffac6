package org.policynarrative.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks what a single value cannot check on its own: that references resolve, ids are unique,
 * hierarchies have no cycles, policy lines fall in their eras and anchors match their source text.
 * Reports every problem at once, each with a path, a stable {@link ProblemCode} and a message.
 *
 * <p>Anchors are never repaired: an anchor whose quote or offsets do not match the text is
 * reported as orphaned, never moved to a guessed position.
 *
 * <p>Stateless and thread-safe: any number of threads may validate at once, also the same
 * narrative against the same texts, and get the reports one thread would get.
 */
public final class NarrativeValidator {

  private NarrativeValidator() {}

  /** Validates references and structure; anchors are not checked against any text. */
  public static ValidationReport validate(Narrative narrative) {
    return validate(narrative, List.of());
  }

  /**
   * Validates references and structure, and checks each claim's anchor against the text of its
   * source when that text is among {@code texts}.
   */
  public static ValidationReport validate(Narrative narrative, Collection<SourceText> texts) {
    List<Problem> problems = new ArrayList<>();
    checkDuplicates(narrative.sources(), narrative.sourcesById().size(), Source::id, "sources", problems);
    checkDuplicates(narrative.eras(), narrative.erasById().size(), Era::id, "eras", problems);
    checkDuplicates(narrative.sectors(), narrative.sectorsById().size(), Sector::id, "sectors", problems);
    checkDuplicates(narrative.policyLines(), narrative.policyLinesById().size(), PolicyLine::id, "policyLines", problems);
    checkDuplicates(narrative.claims(), narrative.claimsById().size(), Claim::id, "claims", problems);
    checkEras(narrative, problems);
    checkSectors(narrative, problems);
    checkPolicyLines(narrative, problems);
    checkClaims(narrative, problems);
    checkTexts(narrative, texts, problems);
    return ValidationReport.of(problems);
  }

  /** {@code distinctIds} is the size of the narrative's id index: equal to the list's size when no id repeats. */
  private static <T> void checkDuplicates(List<T> values, int distinctIds, Function<T, String> id, String field,
      List<Problem> problems) {
    if (distinctIds == values.size()) {
      return; // the narrative's lazy id index, which reference checks need anyway, already proves uniqueness
    }
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < values.size(); i++) {
      Integer earlier = first.putIfAbsent(id.apply(values.get(i)), i);
      if (earlier != null) {
        problems.add(Problem.of(field + "[" + i + "].id", ProblemCode.DUPLICATE_ID,
            "id '" + id.apply(values.get(i)) + "' is already used by " + field + "[" + earlier + "]"));
      }
    }
  }

  private static void checkEras(Narrative narrative, List<Problem> problems) {
    List<Era> eras = narrative.eras();
    for (int i = 0; i < eras.size(); i++) {
      Optional<String> source = eras.get(i).source();
      if (source.isPresent() && !resolves(narrative, EntityKind.SOURCE, source.get())) {
        problems.add(unknownReference("eras[" + i + "].source", EntityKind.SOURCE, source.get()));
      }
    }
  }

  private static void checkSectors(Narrative narrative, List<Problem> problems) {
    List<Sector> sectors = narrative.sectors();
    for (int i = 0; i < sectors.size(); i++) {
      Sector sector = sectors.get(i);
      if (sector.broader().isEmpty()) {
        continue;
      }
      String broader = sector.broader().get();
      if (!resolves(narrative, EntityKind.SECTOR, broader)) {
        problems.add(unknownReference("sectors[" + i + "].broader", EntityKind.SECTOR, broader));
        continue;
      }
      List<String> chain = chain(sector.id(), id -> narrative.sector(id).flatMap(Sector::broader));
      if (!chain.isEmpty()) {
        problems.add(Problem.of("sectors[" + i + "].broader", ProblemCode.SECTOR_CYCLE,
            "broader sectors form a cycle: " + String.join(" -> ", chain)));
      }
    }
  }

  private static void checkPolicyLines(Narrative narrative, List<Problem> problems) {
    List<PolicyLine> lines = narrative.policyLines();
    for (int i = 0; i < lines.size(); i++) {
      PolicyLine line = lines.get(i);
      List<Era> eras = new ArrayList<>();
      for (int e = 0; e < line.eras().size(); e++) {
        String eraId = line.eras().get(e);
        Era era = narrative.erasById().get(eraId);
        if (era != null) {
          eras.add(era);
        } else {
          problems.add(unknownReference("policyLines[" + i + "].eras[" + e + "]", EntityKind.ERA, eraId));
        }
      }
      for (int p = 0; p < line.priorities().size(); p++) {
        String sector = line.priorities().get(p).sector();
        if (!resolves(narrative, EntityKind.SECTOR, sector)) {
          problems.add(unknownReference("policyLines[" + i + "].priorities[" + p + "].sector",
              EntityKind.SECTOR, sector));
        }
      }
      checkLineLink(narrative, line, i, line.supersedes(), ".supersedes", PolicyLine::supersedes, problems);
      checkLineLink(narrative, line, i, line.continues(), ".continues", PolicyLine::continues, problems);
      // By bounds, whatever the dates' forms: outside only when no day the adoption date may denote can lie in
      // any of its eras; an era's open or unknown end is unbounded (Period.overlaps).
      if (line.adopted().isPresent() && !eras.isEmpty()
          && eras.stream().noneMatch(era -> era.period().overlaps(line.adopted().get()))) {
        problems.add(Problem.of("policyLines[" + i + "].adopted", ProblemCode.LINE_OUTSIDE_ERA,
            "adopted " + line.adopted().get().toEdtf() + ", outside every era it belongs to ("
                + String.join(", ", line.eras()) + ")"));
      }
    }
  }

  private static void checkLineLink(Narrative narrative, PolicyLine line, int index, Optional<String> target,
      String field, Function<PolicyLine, Optional<String>> link, List<Problem> problems) {
    if (target.isEmpty()) {
      return;
    }
    if (!resolves(narrative, EntityKind.POLICY_LINE, target.get())) {
      problems.add(unknownReference("policyLines[" + index + "]" + field, EntityKind.POLICY_LINE, target.get()));
      return;
    }
    List<String> chain = chain(line.id(), id -> narrative.policyLine(id).flatMap(link));
    if (!chain.isEmpty()) {
      problems.add(Problem.of("policyLines[" + index + "]" + field, ProblemCode.LINE_CYCLE,
          "policy lines form a cycle: " + String.join(" -> ", chain)));
    }
  }

  /** The ids from {@code start} back to itself when following {@code next} loops; empty otherwise. */
  private static List<String> chain(String start, Function<String, Optional<String>> next) {
    List<String> seen = new ArrayList<>();
    Set<String> visited = new HashSet<>();
    String current = start;
    while (current != null && visited.add(current)) {
      seen.add(current);
      current = next.apply(current).orElse(null);
    }
    if (start.equals(current)) {
      seen.add(start);
      return seen;
    }
    return List.of();
  }

  /** Claims whose references are gathered before any is resolved; see {@link #checkClaims}. */
  private static final int BLOCK = 128;

  /**
   * Checks every claim's references in blocks: first a loop that only gathers the block's
   * reference ids (and loads each id's cached hash), then a loop that resolves them. On a large
   * narrative every claim, list and reference is a main-memory load; a loop that does nothing but
   * load lets the processor fetch many of them at once, where resolving each reference as soon as
   * it is loaded made every load wait for the one before. A claim with an unresolved reference is
   * checked again, one reference at a time, to report each problem with its path, in order.
   */
  private static void checkClaims(Narrative narrative, List<Problem> problems) {
    List<Claim> claims = narrative.claims();
    String[] ids = new String[BLOCK * 4];
    EntityKind[] kinds = new EntityKind[ids.length];
    int[] owners = new int[ids.length];
    for (int from = 0; from < claims.size(); from += BLOCK) {
      int to = Math.min(claims.size(), from + BLOCK);
      int count = 0;
      for (int i = from; i < to; i++) {
        Claim claim = claims.get(i);
        int needed = count + claim.about().size() + claim.causes().size() + claim.effects().size() + 1;
        if (needed > ids.length) {
          int length = Math.max(needed, ids.length * 2);
          ids = Arrays.copyOf(ids, length);
          kinds = Arrays.copyOf(kinds, length);
          owners = Arrays.copyOf(owners, length);
        }
        count = gather(claim.about(), i, ids, kinds, owners, count);
        count = gather(claim.causes(), i, ids, kinds, owners, count);
        count = gather(claim.effects(), i, ids, kinds, owners, count);
        String source = claim.anchor().source();
        source.hashCode(); // loads the id now, with the others, rather than when it is resolved
        ids[count] = source;
        kinds[count] = EntityKind.SOURCE;
        owners[count++] = i;
      }
      int reported = -1;
      for (int k = 0; k < count; k++) {
        if (owners[k] != reported && !resolves(narrative, kinds[k], ids[k])) {
          reported = owners[k];
          checkClaim(narrative, claims.get(reported), reported, problems);
        }
      }
    }
  }

  private static int gather(List<EntityRef> refs, int claim, String[] ids, EntityKind[] kinds, int[] owners,
      int count) {
    for (int r = 0; r < refs.size(); r++) {
      EntityRef ref = refs.get(r);
      String id = ref.id();
      id.hashCode(); // see checkClaims
      ids[count] = id;
      kinds[count] = ref.kind();
      owners[count++] = claim;
    }
    return count;
  }

  /** Reports every unresolved reference of one claim, with its path. */
  private static void checkClaim(Narrative narrative, Claim claim, int i, List<Problem> problems) {
    checkRefs(narrative, claim.about(), i, ".about", problems);
    checkRefs(narrative, claim.causes(), i, ".causes", problems);
    checkRefs(narrative, claim.effects(), i, ".effects", problems);
    String source = claim.anchor().source();
    if (!resolves(narrative, EntityKind.SOURCE, source)) {
      problems.add(unknownReference("claims[" + i + "].anchor.source", EntityKind.SOURCE, source));
    }
  }

  private static void checkRefs(Narrative narrative, List<EntityRef> refs, int claim, String field,
      List<Problem> problems) {
    for (int r = 0; r < refs.size(); r++) {
      EntityRef ref = refs.get(r);
      if (!resolves(narrative, ref.kind(), ref.id())) {
        problems.add(unknownReference("claims[" + claim + "]" + field + "[" + r + "]", ref.kind(), ref.id()));
      }
    }
  }

  /** True when the narrative has an entity of that kind and id; the same test as {@link Narrative#contains}. */
  private static boolean resolves(Narrative narrative, EntityKind kind, String id) {
    return narrative.contains(kind, id);
  }

  private static Problem unknownReference(String path, EntityKind kind, String id) {
    return Problem.of(path, ProblemCode.UNKNOWN_REFERENCE,
        "refers to " + kind.code() + " '" + id + "', which the narrative does not have");
  }

  private static void checkTexts(Narrative narrative, Collection<SourceText> texts, List<Problem> problems) {
    if (texts.isEmpty()) {
      return;
    }
    Map<String, SourceText> byId = new HashMap<>();
    for (SourceText text : texts) {
      Optional<Source> source = narrative.source(text.sourceId());
      if (source.isEmpty()) {
        problems.add(Problem.of("sources", ProblemCode.UNKNOWN_SOURCE_TEXT,
            "a text was supplied for source '" + text.sourceId() + "', which the narrative does not have"));
        continue;
      }
      byId.put(text.sourceId(), text);
      Optional<String> recorded = source.get().sha256();
      if (recorded.isPresent() && !recorded.get().equals(text.sha256())) {
        int index = narrative.sources().indexOf(source.get());
        problems.add(Problem.of("sources[" + index + "].sha256", ProblemCode.SOURCE_HASH_MISMATCH,
            "the supplied text has SHA-256 " + text.sha256() + ", not the recorded " + recorded.get()));
      }
    }
    List<Claim> claims = narrative.claims();
    for (int i = 0; i < claims.size(); i++) {
      Anchor anchor = claims.get(i).anchor();
      SourceText text = byId.get(anchor.source());
      if (text != null) {
        checkAnchor(anchor, text, i, problems);
      }
    }
  }

  private static void checkAnchor(Anchor anchor, SourceText text, int claim, List<Problem> problems) {
    int length = anchor.exact().codePointCount(0, anchor.exact().length());
    if (anchor.start().isPresent()) {
      // The usual case, offsets that select the quote: compare the quote with the text there,
      // rather than search the whole text for it (which a claim per sentence made quadratic in the
      // length of the text). A quote there is one of its occurrences, so the outcome is the same.
      int start = anchor.start().get();
      if (text.slice(start, start + length).filter(anchor.exact()::equals).isPresent()) {
        checkContext(anchor, text, start, length, claim, problems);
        return;
      }
    }
    List<Integer> found = text.occurrences(anchor.exact());
    if (found.isEmpty()) {
      problems.add(Problem.of(anchorPath(claim) + ".exact", ProblemCode.QUOTE_NOT_FOUND,
          "orphaned anchor: the quote does not occur in source '" + anchor.source() + "': \""
              + abbreviate(anchor.exact()) + "\""));
      return;
    }
    if (anchor.start().isPresent()) {
      int start = anchor.start().get();
      if (!found.contains(start)) {
        problems.add(Problem.of(anchorPath(claim) + ".start", ProblemCode.OFFSETS_MISMATCH,
            "orphaned anchor: offsets " + start + ".." + anchor.end().get()
                + " do not select the quote, which occurs at " + SourceText.firstFew(found)));
        return;
      }
      checkContext(anchor, text, start, length, claim, problems);
      return;
    }
    // The quote with its context occurs exactly where the context matches: one linear search,
    // rather than a comparison per occurrence (a quote may occur a million times).
    String prefix = anchor.prefix().orElse("");
    int prefixLength = prefix.codePointCount(0, prefix.length());
    List<Integer> matching = new ArrayList<>();
    for (int at : text.occurrences(prefix + anchor.exact() + anchor.suffix().orElse(""))) {
      matching.add(at + prefixLength);
    }
    if (matching.isEmpty()) {
      problems.add(Problem.of(anchorPath(claim), ProblemCode.CONTEXT_MISMATCH,
          "the prefix or suffix does not match the text around any occurrence of the quote"));
    } else if (matching.size() > 1) {
      problems.add(Problem.of(anchorPath(claim) + ".exact", ProblemCode.AMBIGUOUS_QUOTE,
          "the quote occurs " + matching.size() + " times (at " + SourceText.firstFew(matching)
              + ") and nothing tells them apart; add offsets or a prefix/suffix"));
    }
  }

  private static void checkContext(Anchor anchor, SourceText text, int start, int length, int claim,
      List<Problem> problems) {
    if (!contextMatches(anchor, text, start, length)) {
      problems.add(Problem.of(anchorPath(claim), ProblemCode.CONTEXT_MISMATCH,
          "the prefix or suffix does not match the text around the quote at " + start));
    }
  }

  private static boolean contextMatches(Anchor anchor, SourceText text, int start, int length) {
    boolean prefixOk = anchor.prefix().map(prefix -> {
      int n = prefix.codePointCount(0, prefix.length());
      return text.slice(start - n, start).filter(prefix::equals).isPresent();
    }).orElse(true);
    boolean suffixOk = anchor.suffix().map(suffix -> {
      int n = suffix.codePointCount(0, suffix.length());
      return text.slice(start + length, start + length + n).filter(suffix::equals).isPresent();
    }).orElse(true);
    return prefixOk && suffixOk;
  }

  /** The path of claim {@code claim}'s anchor, built only when there is a problem to report. */
  private static String anchorPath(int claim) {
    return "claims[" + claim + "].anchor";
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
