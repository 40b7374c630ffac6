package org.policynarrative.markdown.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.policynarrative.core.Claim;
import org.policynarrative.core.EntityKind;
import org.policynarrative.core.EntityRef;

/**
 * The claims grouped by where they are written, each group in data-set order: one group per era,
 * per policy line, per event and per actor (in that order, each kind in data-set order), then the
 * further claims. Two int arrays, however many claims there are: group {@code g} is
 * {@code claims[start[g]]} up to {@code start[g + 1]}.
 */
final class ClaimGroups {

  /** The kinds of entity a claim can stand under, in the order of their groups. */
  static final List<EntityKind> HOMES = List.of(EntityKind.ERA, EntityKind.POLICY_LINE, EntityKind.EVENT,
      EntityKind.ACTOR);

  /** The first group of each kind of {@link #HOMES}. */
  private final int[] first;
  private final int further;
  private final int[] start;
  private final int[] claims;

  private ClaimGroups(int[] first, int further, int[] start, int[] claims) {
    this.first = first;
    this.further = further;
    this.start = start;
    this.claims = claims;
  }

  /**
   * Each claim goes under the first entity it is about that the narrative has and that a claim can
   * stand under, or among the further claims.
   *
   * @param counts how many entities of each kind of {@link #HOMES} the narrative has
   * @param indexes for each kind of {@link #HOMES}, the index of each id's first entity
   */
  static ClaimGroups of(List<Claim> claims, int[] counts, List<Map<String, Integer>> indexes) {
    int[] first = new int[HOMES.size()];
    int further = 0;
    for (int k = 0; k < HOMES.size(); k++) {
      first[k] = further;
      further += counts[k];
    }
    int[] group = new int[claims.size()];
    int[] start = new int[further + 2];
    for (int i = 0; i < claims.size(); i++) {
      int home = further;
      for (EntityRef ref : claims.get(i).about()) {
        int k = HOMES.indexOf(ref.kind());
        Integer index = k < 0 ? null : indexes.get(k).get(ref.id());
        if (index != null) {
          home = first[k] + index;
          break;
        }
      }
      group[i] = home;
      start[home + 1]++;
    }
    for (int g = 0; g <= further; g++) {
      start[g + 1] += start[g];
    }
    int[] grouped = new int[claims.size()];
    int[] next = Arrays.copyOf(start, further + 1);
    for (int i = 0; i < claims.size(); i++) {
      grouped[next[group[i]]++] = i;
    }
    return new ClaimGroups(first, further, start, grouped);
  }

  /** The group of the claims under entity {@code index} of the kind {@code kind}, one of {@link #HOMES}. */
  int of(EntityKind kind, int index) {
    return first[HOMES.indexOf(kind)] + index;
  }

  /** The group of the claims under era {@code era}. */
  int era(int era) {
    return of(EntityKind.ERA, era);
  }

  /** The group of the claims under policy line {@code line}. */
  int line(int line) {
    return of(EntityKind.POLICY_LINE, line);
  }

  /** The group of the further claims. */
  int further() {
    return further;
  }
  boolean isEmpty(int group) {
    return start[group + 1] == start[group];
  }

  /** Passes each claim index of the group, in data-set order. */
  void forEach(int group, IntConsumer claim) {
    for (int k = start[group]; k < start[group + 1]; k++) {
      claim.accept(claims[k]);
    }
  }

  /**
   * The claim index that follows group {@code g} when the claims written so far were the data
   * set's first {@code appearance} in order; -1 once the written order has left the data-set order.
   */
  int followOn(int group, int appearance) {
    if (appearance < 0) {
      return -1;
    }
    for (int k = start[group]; k < start[group + 1]; k++) {
      if (claims[k] != appearance++) {
        return -1;
      }
    }
    return appearance;
  }
}
