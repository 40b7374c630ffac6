package org.policynarrative.markdown.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policynarrative.core.Actor;
import org.policynarrative.core.EntityKind;
import org.policynarrative.core.Era;
import org.policynarrative.core.Event;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.Period;
import org.policynarrative.core.PolicyLine;

/**
 * Where the writer puts each entity, and whether the data-set order needs explicit positions:
 * the eras in chronological order, each line under the first of its eras that the narrative has
 * (or among the lines without an era), events and actors in data-set order, the claims under what
 * they are about, the sector tree.
 * Entities are named by their index in the narrative's lists.
 *
 * @param eraOrder the eras in the order they are written
 * @param linesByEra the lines written under each era, in data-set order
 * @param linesWithoutEra the lines written in their own section, in data-set order
 * @param claims the claims, grouped by where they are written
 * @param sectors the sector tree
 * @param eraPositions whether each era needs its Position
 * @param linePositions whether each line needs its Position
 * @param claimPositions whether each claim needs its Position
 */
record Layout(List<Integer> eraOrder, Map<Integer, List<Integer>> linesByEra, List<Integer> linesWithoutEra,
    ClaimGroups claims, SectorLayout sectors, boolean eraPositions, boolean linePositions, boolean claimPositions) {

  static Layout of(Narrative narrative) {
    List<Era> eras = narrative.eras();
    List<Integer> eraOrder = new ArrayList<>();
    for (int i = 0; i < eras.size(); i++) {
      eraOrder.add(i);
    }
    eraOrder.sort(Comparator.comparing((Integer i) -> eras.get(i).period(), Period.CHRONOLOGICAL));

    Map<String, Integer> eraIndex = firstIndex(eras.stream().map(Era::id).toList());
    List<PolicyLine> lines = narrative.policyLines();
    Map<Integer, List<Integer>> linesByEra = new HashMap<>();
    List<Integer> linesWithoutEra = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Integer home = lines.get(i).eras().stream().map(eraIndex::get).filter(e -> e != null).findFirst().orElse(null);
      if (home == null) {
        linesWithoutEra.add(i);
      } else {
        linesByEra.computeIfAbsent(home, k -> new ArrayList<>()).add(i);
      }
    }
    List<Integer> lineAppearance = new ArrayList<>();
    for (int era : eraOrder) {
      lineAppearance.addAll(linesByEra.getOrDefault(era, List.of()));
    }
    lineAppearance.addAll(linesWithoutEra);

    Map<String, Integer> lineIndex = firstIndex(lines.stream().map(PolicyLine::id).toList());
    Map<String, Integer> eventIndex = firstIndex(narrative.events().stream().map(Event::id).toList());
    Map<String, Integer> actorIndex = firstIndex(narrative.actors().stream().map(Actor::id).toList());
    ClaimGroups claims = ClaimGroups.of(narrative.claims(),
        new int[] {eras.size(), lines.size(), narrative.events().size(), narrative.actors().size()},
        List.of(eraIndex, lineIndex, eventIndex, actorIndex));
    int appearance = 0;
    for (int era : eraOrder) {
      appearance = claims.followOn(claims.era(era), appearance);
      for (int line : linesByEra.getOrDefault(era, List.of())) {
        appearance = claims.followOn(claims.line(line), appearance);
      }
    }
    for (int line : linesWithoutEra) {
      appearance = claims.followOn(claims.line(line), appearance);
    }
    for (int event = 0; event < narrative.events().size(); event++) {
      appearance = claims.followOn(claims.of(EntityKind.EVENT, event), appearance);
    }
    for (int actor = 0; actor < narrative.actors().size(); actor++) {
      appearance = claims.followOn(claims.of(EntityKind.ACTOR, actor), appearance);
    }
    appearance = claims.followOn(claims.further(), appearance);

    return new Layout(eraOrder, linesByEra, linesWithoutEra, claims, SectorLayout.of(narrative.sectors()),
        !isIdentity(eraOrder), !isIdentity(lineAppearance), appearance < 0);
  }

  /** The lines written under era {@code era}. */
  List<Integer> linesOf(int era) {
    return linesByEra.getOrDefault(era, List.of());
  }

  /** The index of each id's first entity. */
  static Map<String, Integer> firstIndex(List<String> ids) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      index.putIfAbsent(ids.get(i), i);
    }
    return index;
  }

  /** Whether the order is 0, 1, 2, ...: the data-set order. */
  static boolean isIdentity(List<Integer> order) {
    for (int i = 0; i < order.size(); i++) {
      if (order.get(i) != i) {
        return false;
      }
    }
    return true;
  }
}
