package org.policynarrative.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 *
 * <p>Validation takes time linear in the size of the narrative plus the texts, whatever their
 * shape: long chains or cycles of references, many references to one entity, anchors without
 * offsets or with stale ones. Each cycle of references is reported once, at its first entity in
 * list order.
 */
public final class NarrativeValidator {

  private NarrativeValidator() {}

  /**
   * {@return validates references and structure, and that anchor offsets span their quotes; anchors are
   * not checked against any text}
   *
   * @param narrative the narrative
   */
  public static ValidationReport validate(Narrative narrative) {
    return validate(narrative, List.of());
  }

  /**
   * Validates references and structure, and checks each claim's anchor against the text of its
   * source when that text is among {@code texts}.
   *
   * @param narrative the narrative to check
   * @param texts the source texts to check anchors against; a claim whose source has no text here
   *     is not checked against any
   * @return every problem found, in a stable order; empty when the narrative is valid
   */
  public static ValidationReport validate(Narrative narrative, Collection<SourceText> texts) {
    List<Problem> problems = new ArrayList<>();
    checkDuplicates(narrative.sources(), narrative.sourcesById().size(), Source::id, "sources", problems);
    checkDuplicates(narrative.eras(), narrative.erasById().size(), Era::id, "eras", problems);
    checkDuplicates(narrative.sectors(), narrative.sectorsById().size(), Sector::id, "sectors", problems);
    checkDuplicates(narrative.policyLines(), narrative.policyLinesById().size(), PolicyLine::id, "policyLines", problems);
    checkDuplicates(narrative.claims(), narrative.claimsById().size(), Claim::id, "claims", problems);
    checkDuplicates(narrative.actors(), narrative.actorsById().size(), Actor::id, "actors", problems);
    checkDuplicates(narrative.events(), narrative.eventsById().size(), Event::id, "events", problems);
    checkSources(narrative, problems);
    checkEras(narrative, problems);
    checkEvents(narrative, problems);
    checkSectors(narrative, problems);
    checkPolicyLines(narrative, problems);
    checkClaims(narrative, problems);
    ClaimLinkCheck.check(narrative, problems);
    VocabularyCheck.check(narrative, problems);
    checkTexts(narrative, texts, problems);
    return ValidationReport.of(problems, toDos(narrative));
  }

  /** What draft claims lack: one to-do per claim and missing attribute. */
  private static List<Problem> toDos(Narrative narrative) {
    List<Problem> toDos = new ArrayList<>();
    List<Claim> claims = narrative.claims();
    for (int i = 0; i < claims.size(); i++) {
      Claim claim = claims.get(i);
      if (!claim.isDraft()) {
        continue;
      }
      String at = "claims[" + i + "].";
      if (claim.statement().isEmpty()) {
        toDos.add(Problem.of(at + "statement", ProblemCode.CLAIM_WITHOUT_STATEMENT,
            "claim '" + claim.id() + "' has no statement yet: paraphrase or quote what the source says"));
      }
      if (claim.kind().isEmpty()) {
        toDos.add(Problem.of(at + "kind", ProblemCode.CLAIM_WITHOUT_KIND,
            "claim '" + claim.id() + "' has no kind yet (`policy-narrative codes` lists the kinds)"));
      }
      if (claim.assertedBy().isEmpty()) {
        toDos.add(Problem.of(at + "assertedBy", ProblemCode.CLAIM_WITHOUT_ASSERTER,
            "claim '" + claim.id() + "' does not say yet who asserts it (assertedBy)"));
      }
    }
    return toDos;
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

  private static void checkSources(Narrative narrative, List<Problem> problems) {
    List<Source> sources = narrative.sources();
    if (sources.stream().allMatch(source -> source.translationOf().isEmpty())) {
      return;
    }
    ReferenceCycles.References translationOf =
        ReferenceCycles.find(sources, Source::id, List.of(source -> optional(source.translationOf()))).get(0);
    for (int i = 0; i < sources.size(); i++) {
      checkLink(translationOf, "sources", i, ".translationOf", EntityKind.SOURCE, ProblemCode.TRANSLATION_CYCLE,
          "translations form a cycle: ", problems);
    }
  }

  private static void checkEvents(Narrative narrative, List<Problem> problems) {
    List<Event> events = narrative.events();
    for (int i = 0; i < events.size(); i++) {
      List<String> participants = events.get(i).participants();
      for (int p = 0; p < participants.size(); p++) {
        if (!resolves(narrative, EntityKind.ACTOR, participants.get(p))) {
          problems.add(unknownReference("events[" + i + "].participants[" + p + "]", EntityKind.ACTOR,
              participants.get(p)));
        }
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
    ReferenceCycles.References broader =
        ReferenceCycles.find(sectors, Sector::id, List.of(sector -> optional(sector.broader()))).get(0);
    for (int i = 0; i < sectors.size(); i++) {
      checkLink(broader, "sectors", i, ".broader", EntityKind.SECTOR, ProblemCode.SECTOR_CYCLE,
          "broader sectors form a cycle: ", problems);
    }
  }

  private static void checkPolicyLines(Narrative narrative, List<Problem> problems) {
    List<PolicyLine> lines = narrative.policyLines();
    List<ReferenceCycles.References> links = ReferenceCycles.find(lines, PolicyLine::id,
        List.of(line -> optional(line.supersedes()), line -> optional(line.continues()),
            line -> optional(line.amends())));
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
      checkLink(links.get(0), "policyLines", i, ".supersedes", EntityKind.POLICY_LINE, ProblemCode.LINE_CYCLE,
          "policy lines form a cycle: ", problems);
      checkLink(links.get(1), "policyLines", i, ".continues", EntityKind.POLICY_LINE, ProblemCode.LINE_CYCLE,
          "policy lines form a cycle: ", problems);
      checkLink(links.get(2), "policyLines", i, ".amends", EntityKind.POLICY_LINE, ProblemCode.LINE_CYCLE,
          "policy lines form a cycle: ", problems);
      for (int r = 0; r < line.roles().size(); r++) {
        String actor = line.roles().get(r).actor();
        if (!resolves(narrative, EntityKind.ACTOR, actor)) {
          problems.add(unknownReference("policyLines[" + i + "].roles[" + r + "].actor", EntityKind.ACTOR, actor));
        }
      }
      if (line.adoptedAtEvent().isPresent() && !resolves(narrative, EntityKind.EVENT, line.adoptedAtEvent().get())) {
        problems.add(unknownReference("policyLines[" + i + "].adoptedAtEvent", EntityKind.EVENT,
            line.adoptedAtEvent().get()));
      }
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

  /**
   * Reports the optional reference {@code field} of entity {@code index} of list {@code list} to
   * an entity of the same list: unknown when it resolves to nothing, or the cycle reported there.
   */
  private static void checkLink(ReferenceCycles.References links, String list, int index, String field,
      EntityKind kind, ProblemCode cycleCode, String cycleMessage, List<Problem> problems) {
    List<String> target = links.of(index);
    if (target.isEmpty()) {
      return;
    }
    if (!links.resolves(index, 0)) {
      problems.add(unknownReference(list + "[" + index + "]" + field, kind, target.get(0)));
      return;
    }
    ReferenceCycles.Cycle cycle = links.cycleAt(index);
    if (cycle != null) {
      problems.add(Problem.of(list + "[" + index + "]" + field, cycleCode, cycleMessage + cycle.describe()));
    }
  }

  /** A reference that may be absent, as the list of references {@link ReferenceCycles} follows. */
  static List<String> optional(Optional<String> reference) {
    return reference.isPresent() ? List.of(reference.get()) : List.of();
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
   *
   * @param narrative the narrative
   * @param problems the problems, in the order they were found
   * @return checks every claim's references in blocks: first a loop that only gathers the block's reference ids (and loads each id's cached hash), then a loop that resolves them
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
        int needed = count + claim.about().size() + claim.causes().size() + claim.effects().size()
            + claim.justifies().size() + 1;
        if (needed > ids.length) {
          int length = Math.max(needed, ids.length * 2);
          ids = Arrays.copyOf(ids, length);
          kinds = Arrays.copyOf(kinds, length);
          owners = Arrays.copyOf(owners, length);
        }
        count = gather(claim.about(), i, ids, kinds, owners, count);
        count = gather(claim.causes(), i, ids, kinds, owners, count);
        count = gather(claim.effects(), i, ids, kinds, owners, count);
        count = gather(claim.justifies(), i, ids, kinds, owners, count);
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
    checkRefs(narrative, claim.justifies(), i, ".justifies", problems);
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

  /**
   * {@return true when the narrative has an entity of that kind and id; the same test as {@link Narrative#contains}}
   *
   * @param narrative the narrative
   * @param kind the kind of entity
   * @param id the id to look up
   */
  private static boolean resolves(Narrative narrative, EntityKind kind, String id) {
    return narrative.contains(kind, id);
  }

  static Problem unknownReference(String path, EntityKind kind, String id) {
    return Problem.of(path, ProblemCode.UNKNOWN_REFERENCE,
        "refers to " + kind.code() + " '" + id + "', which the narrative does not have");
  }

  private static void checkTexts(Narrative narrative, Collection<SourceText> texts, List<Problem> problems) {
    AnchorCheck.check(narrative, texts, problems); // without texts, it checks that offsets span their quotes
  }
}
