package org.policynarrative.html.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a source text into sentences, deterministically: a sentence starts at a code point that
 * is not white space and ends just after the first {@code .}, {@code !} or {@code ?} that is
 * followed by white space or the end of the text; text after the last such mark is one more
 * sentence. It is the rule the reference data set's coverage test uses, so the page marks the
 * sentences that test would count as uncovered. Abbreviations with a full stop end a sentence too:
 * the page may mark a sentence too short, never hide one.
 */
final class Sentences {

  /** One sentence, in code-point offsets, end exclusive. */
  record Sentence(int start, int end) {}

  private Sentences() {}

  static List<Sentence> split(int[] codePoints) {
    List<Sentence> sentences = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < codePoints.length; i++) {
      int c = codePoints[i];
      if (start < 0) {
        if (Character.isWhitespace(c)) {
          continue;
        }
        start = i;
      }
      boolean terminal = c == '.' || c == '!' || c == '?';
      if (terminal && (i + 1 == codePoints.length || Character.isWhitespace(codePoints[i + 1]))) {
        sentences.add(new Sentence(start, i + 1));
        start = -1;
      }
    }
    if (start >= 0) {
      sentences.add(new Sentence(start, codePoints.length));
    }
    return sentences;
  }
}
