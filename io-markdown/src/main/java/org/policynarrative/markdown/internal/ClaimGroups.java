package org.policynarrative.markdown.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.policynarrative.core.Claim;
import org.policynarrative.core.EntityKind;
import org.policynarrative.core.EntityRef;

/**
 * The claims grouped by where they are written, each group in data-set order: group {@code e}
 * holds the claims under era {@code e}, group {@code eras + l} those under policy line {@code l},
 * and the last group the further claims. Two int arrays, however many claims there are: group
 * {@code g} is {@code claims[start[g]]} up to {@code start[g + 1]}.
 */
final class ClaimGroups {

  private final int eras;
  private final int further;
  private final int[] start;
  private final int[] claims;

  private ClaimGroups(int eras, int further, int[] start, int[] claims) {
    this.eras = eras;
    this.further = further;
    this.start = start;
    this.claims = claims;
  }

  /**
   * Each claim goes under the first era or line it is about that the narrative has, or among the
   * further claims; {@code eraIndex} and {@code lineIndex} give the index of each id's first
   * entity among the {@code eras} eras and {@code lines} lines.
   */
  static ClaimGroups of(List<Claim> claims, int eras, Map<String, Integer> eraIndex, int lines,
      Map<String, Integer> lineIndex) {
    int further = eras + lines;
    int[] group = new int[claims.size()];
    int[] start = new int[further + 2];
    for (int i = 0; i < claims.size(); i++) {
      int home = further;
      for (EntityRef ref : claims.get(i).about()) {
        Integer index = ref.kind() == EntityKind.ERA ? eraIndex.get(ref.id())
            : ref.kind() == EntityKind.POLICY_LINE ? lineIndex.get(ref.id()) : null;
        if (index != null) {
          home = ref.kind() == EntityKind.ERA ? index : eras + index;
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
    return new ClaimGroups(eras, further, start, grouped);
  }

  /** The group of the claims under era {@code era}. */
  int era(int era) {
    return era;
  }

  /** The group of the claims under policy line {@code line}. */
  int line(int line) {
    return eras + line;
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
