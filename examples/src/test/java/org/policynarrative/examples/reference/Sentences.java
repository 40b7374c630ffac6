package org.policynarrative.examples.reference;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into sentences, deterministically, for the coverage test.
 *
 * <p>The rule: a sentence starts at a non-whitespace code point and ends just after the first
 * {@code .}, {@code !} or {@code ?} that is followed by whitespace or by the end of the text;
 * text left after the last such mark is one more sentence. Offsets are code points, like anchor
 * offsets. The reference text has no abbreviations with a full stop, so the rule needs no
 * exceptions (a test pins the count).
 */
final class Sentences {

  /** One sentence: code-point offsets, end exclusive, and its text. */
  record Sentence(int start, int end, String text) {}

  private Sentences() {}

  static List<Sentence> split(String text) {
    int[] cps = text.codePoints().toArray();
    List<Sentence> sentences = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < cps.length; i++) {
      if (start < 0) {
        if (!Character.isWhitespace(cps[i])) {
          start = i;
        } else {
          continue;
        }
      }
      boolean terminal = cps[i] == '.' || cps[i] == '!' || cps[i] == '?';
      if (terminal && (i + 1 == cps.length || Character.isWhitespace(cps[i + 1]))) {
        sentences.add(new Sentence(start, i + 1, new String(cps, start, i + 1 - start)));
        start = -1;
      }
    }
    if (start >= 0) {
      sentences.add(new Sentence(start, cps.length, new String(cps, start, cps.length - start)));
    }
    return sentences;
  }
}
