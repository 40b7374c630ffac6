package org.policynarrative.markdown.internal;

import java.util.Collection;
import java.util.Optional;

/**
 * The known field name nearest to a misspelled one, for "did you mean" hints. Core has the same
 * helper, but in its {@code internal} package, which it does not export.
 */
final class Spelling {

  /** Names longer than this are not compared: a hint is for typos, and the distance is quadratic. */
  private static final int MAX_LENGTH = 64;

  private Spelling() {}

  /**
   * The known name nearest to {@code word} by case-insensitive edit distance, if near enough to be
   * a typo: at most a third of its length, and at least one edit allowed.
   */
  static Optional<String> closest(String word, Collection<String> known) {
    if (word.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    int allowed = Math.max(1, word.length() / 3);
    String best = null;
    int bestDistance = allowed + 1;
    for (String candidate : known) {
      if (Math.abs(candidate.length() - word.length()) >= bestDistance || candidate.length() > MAX_LENGTH) {
        continue;
      }
      int distance = distance(word, candidate);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Levenshtein distance, case-insensitive, over chars (two rows). */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      char ca = Character.toLowerCase(a.charAt(i - 1));
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (ca == Character.toLowerCase(b.charAt(j - 1)) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
