package org.policynarrative.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The run kept is increasing and as long as a brute-force oracle's longest, on random inputs. */
class LongestIncreasingRunTest {

  @Test
  void keepsALongestStrictlyIncreasingRun() {
    Random random = new Random(1953);
    for (int round = 0; round < 500; round++) {
      int n = random.nextInt(12);
      int[] values = random.ints(n, 0, 8).toArray();

      boolean[] kept = LongestIncreasingRun.of(values, n);

      List<Integer> run = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (kept[i]) {
          run.add(values[i]);
        }
      }
      for (int i = 1; i < run.size(); i++) {
        assertThat(run.get(i)).isGreaterThan(run.get(i - 1));
      }
      assertThat(run).hasSize(longestByBruteForce(values));
    }
  }

  /** Every subset, for the small inputs above. */
  private static int longestByBruteForce(int[] values) {
    int best = 0;
    for (int mask = 0; mask < 1 << values.length; mask++) {
      int last = Integer.MIN_VALUE;
      boolean increasing = true;
      for (int i = 0; i < values.length && increasing; i++) {
        if ((mask & 1 << i) != 0) {
          increasing = values[i] > last;
          last = values[i];
        }
      }
      if (increasing) {
        best = Math.max(best, Integer.bitCount(mask));
      }
    }
    return best;
  }
}
