package org.policynarrative.core.diff;

/** A longest strictly increasing subsequence, by patience sorting: O(n log n) time, O(n) memory. */
final class LongestIncreasingRun {

  private LongestIncreasingRun() {}

  /** Which of {@code values[0..n)} lie on one longest strictly increasing subsequence. */
  static boolean[] of(int[] values, int n) {
    int[] tails = new int[n];         // tails[k]: index of the smallest tail of a run of length k + 1
    int[] previous = new int[n];      // the index before each element on its run, or -1
    int length = 0;
    for (int i = 0; i < n; i++) {
      int low = 0;
      int high = length;
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (values[tails[mid]] < values[i]) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      previous[i] = low > 0 ? tails[low - 1] : -1;
      tails[low] = i;
      length = Math.max(length, low + 1);
    }
    boolean[] kept = new boolean[n];
    for (int i = length > 0 ? tails[length - 1] : -1; i != -1; i = previous[i]) {
      kept[i] = true;
    }
    return kept;
  }
}
