package org.policynarrative.core.spelling;

import java.util.Collection;
import java.util.Optional;

/**
 * The closest known word to a misspelled one, for the "did you mean" of an error message: the one
 * spelling rule of the library's messages (an undeclared code, an unknown JSON field, a misspelled
 * Markdown field), and for adapters that want to give the same hints.
 *
 * <pre>{@code
 * Spelling.closest("summry", List.of("id", "name", "summary")) // Optional[summary]
 * }</pre>
 */
public final class Spelling {

  /** Words longer than this are not compared: a hint is for typos, and the distance is quadratic. */
  private static final int MAX_LENGTH = 64;

  private Spelling() {}

  /**
   * The known word nearest to {@code word} by edit distance, if it is near enough to be a typo: at
   * most a third of the word's length, and at least one edit allowed.
   *
   * @param word what the user wrote
   * @param known the words it may have meant
   * @return the nearest known word, or empty when none is near
   */
  public static Optional<String> closest(String word, Collection<String> known) {
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

  /**
   * {@return the edit distance between two words, case ignored, counted in chars: insertions,
   * deletions, substitutions, and two neighbours swapped as one edit (optimal string alignment, so
   * {@code nmae} is one edit from {@code name}, the commonest slip of the fingers)}
   *
   * @param a a word
   * @param b another word
   */
  public static int distance(String a, String b) {
    int[] beforePrevious = new int[b.length() + 1];
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      char ca = Character.toLowerCase(a.charAt(i - 1));
      for (int j = 1; j <= b.length(); j++) {
        char cb = Character.toLowerCase(b.charAt(j - 1));
        int best = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (ca == cb ? 0 : 1));
        if (i > 1 && j > 1 && ca == Character.toLowerCase(b.charAt(j - 2))
            && Character.toLowerCase(a.charAt(i - 2)) == cb) {
          best = Math.min(best, beforePrevious[j - 2] + 1);
        }
        current[j] = best;
      }
      int[] swap = beforePrevious;
      beforePrevious = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
