package org.policynarrative.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The part of {@link NarrativeValidator} that checks what a claim links to beyond its entity
 * references: its other anchors' sources, its figures' sectors and baselines, and its relations to
 * other claims (each target exists; no cycle along one directed relation type).
 */
final class ClaimLinkCheck {

  /** Relation types along which a cycle is an error; {@link RelationType#CONTRADICTS} is symmetric, so not one of them. */
  private static final List<RelationType> DIRECTED =
      List.of(RelationType.FULFILS, RelationType.REVISES, RelationType.REPEATS, RelationType.ELABORATES);

  private ClaimLinkCheck() {}

  static void check(Narrative narrative, List<Problem> problems) {
    List<Claim> claims = narrative.claims();
    boolean related = false;
    for (int i = 0; i < claims.size(); i++) {
      Claim claim = claims.get(i);
      List<Anchor> others = claim.otherAnchors();
      for (int a = 0; a < others.size(); a++) {
        String source = others.get(a).source();
        if (!narrative.contains(EntityKind.SOURCE, source)) {
          problems.add(NarrativeValidator.unknownReference("claims[" + i + "].otherAnchors[" + a + "].source",
              EntityKind.SOURCE, source));
        }
      }
      List<Figure> figures = claim.figures();
      for (int f = 0; f < figures.size(); f++) {
        checkFigure(narrative, figures.get(f), "claims[" + i + "].figures[" + f + "]", problems);
      }
      List<ClaimRelation> relations = claim.relations();
      for (int r = 0; r < relations.size(); r++) {
        String target = relations.get(r).claim();
        related = true;
        if (!narrative.claimsById().containsKey(target)) {
          problems.add(Problem.of("claims[" + i + "].relations[" + r + "].claim", ProblemCode.UNKNOWN_REFERENCE,
              "refers to claim '" + target + "', which the narrative does not have"));
        }
      }
    }
    if (related) {
      checkCycles(narrative, claims, problems);
    }
  }

  private static void checkFigure(Narrative narrative, Figure figure, String path, List<Problem> problems) {
    Optional<String> sector = figure.sector();
    if (sector.isPresent() && !narrative.contains(EntityKind.SECTOR, sector.get())) {
      problems.add(NarrativeValidator.unknownReference(path + ".sector", EntityKind.SECTOR, sector.get()));
    }
    Optional<Period> period = figure.period();
    Optional<Period> baseline = figure.baselinePeriod();
    if (period.isPresent() && baseline.isPresent()) {
      Optional<LocalDate> baselineStart = baseline.get().earliest();
      Optional<LocalDate> periodEnd = period.get().latest();
      if (baselineStart.isPresent() && periodEnd.isPresent() && baselineStart.get().isAfter(periodEnd.get())) {
        problems.add(Problem.of(path + ".baselinePeriod", ProblemCode.BASELINE_AFTER_PERIOD,
            "the baseline " + baseline.get().toEdtf() + " lies after the period " + period.get().toEdtf()
                + " the figure refers to; a baseline is what the figure is compared with, so it comes first"));
      }
    }
  }

  private static void checkCycles(Narrative narrative, List<Claim> claims, List<Problem> problems) {
    Vocabulary vocabulary = Vocabulary.of(narrative);
    List<Function<Claim, List<String>>> kinds = new ArrayList<>();
    for (RelationType type : DIRECTED) {
      kinds.add(claim -> {
        if (claim.relations().isEmpty()) {
          return List.of();
        }
        List<String> targets = new ArrayList<>();
        for (ClaimRelation relation : claim.relations()) {
          if (vocabulary.rollUp(relation.type()).equals(type)) {
            targets.add(relation.claim());
          }
        }
        return targets;
      });
    }
    List<ReferenceCycles.References> found = ReferenceCycles.find(claims, Claim::id, kinds);
    for (int k = 0; k < DIRECTED.size(); k++) {
      for (int i = 0; i < claims.size(); i++) {
        ReferenceCycles.Cycle cycle = found.get(k).cycleAt(i);
        if (cycle != null) {
          problems.add(Problem.of("claims[" + i + "].relations", ProblemCode.CLAIM_CYCLE,
              "claims form a cycle of '" + DIRECTED.get(k).code() + "' relations: " + cycle.describe()));
        }
      }
    }
  }
}
