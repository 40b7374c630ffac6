package org.policynarrative.core.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into sentences by one deterministic rule for every language, so that a sentence
 * count never depends on the platform's locale data. A sentence starts at a code point that is not
 * white space (nor a byte-order mark) and ends:
 * <ul>
 *   <li>after a sentence terminal that is followed by white space or the end of the text: {@code . ! ?}
 *       and their kin in other scripts ({@code ؟ ۔ । ॥ ። ፧ ։ ‼ ‽ ⁇ ⁈ ⁉}), with the closing quotes and
 *       brackets right after it ({@code ."} or {@code ?)} end a sentence);
 *   <li>after an ideographic terminal ({@code 。 ！ ？ ｡}) and its closers, even with no white space
 *       after it, as Chinese and Japanese write;
 *   <li>at a blank line, so that a heading without a full stop is a sentence of its own;
 *   <li>at the end of the text.
 * </ul>
 * Abbreviations with a full stop end a sentence too: a sentence may come out too short, never
 * hidden inside another. Offsets are code points. Not API: see {@code SourceText#sentences()}.
 */
public final class SentenceSplitter {

  private SentenceSplitter() {}

  /** {@return the sentences of {@code text}, each as its code-point offsets {start, end}, in order} */
  public static List<int[]> split(String text) {
    int[] cps = text.codePoints().toArray();
    List<int[]> sentences = new ArrayList<>();
    int start = -1;
    int lastVisible = -1; // the offset just past the sentence's last code point that is not white space
    for (int i = 0; i < cps.length; ) {
      int c = cps[i];
      if (start < 0) {
        if (Character.isWhitespace(c) || c == 0xFEFF && i == 0) {
          i++;
          continue;
        }
        start = i;
      }
      if (isLineBreak(c) && lastVisible > start && blankLineFollows(cps, i)) {
        sentences.add(new int[] {start, lastVisible});
        start = -1;
        i++;
        continue;
      }
      boolean spaced = isSpacedTerminal(c);
      boolean ideographic = isIdeographicTerminal(c);
      i++;
      if (!spaced && !ideographic) {
        if (!Character.isWhitespace(c)) {
          lastVisible = i;
        }
        continue;
      }
      while (i < cps.length && (isSpacedTerminal(cps[i]) || isIdeographicTerminal(cps[i]) || isCloser(cps[i]))) {
        ideographic |= isIdeographicTerminal(cps[i]);
        i++;
      }
      lastVisible = i;
      if (ideographic || i == cps.length || Character.isWhitespace(cps[i])) {
        sentences.add(new int[] {start, i});
        start = -1;
      }
    }
    if (start >= 0 && lastVisible > start) {
      sentences.add(new int[] {start, lastVisible});
    }
    return sentences;
  }

  private static boolean isLineBreak(int c) {
    return c == '\n' || c == '\r';
  }

  /** True when the line break at {@code i} is followed by only white space up to another line break. */
  private static boolean blankLineFollows(int[] cps, int i) {
    int j = i + 1;
    if (cps[i] == '\r' && j < cps.length && cps[j] == '\n') {
      j++;
    }
    for (; j < cps.length && Character.isWhitespace(cps[j]); j++) {
      if (isLineBreak(cps[j])) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSpacedTerminal(int c) {
    return switch (c) {
      case '.', '!', '?', '\u203C', '\u203D', '\u2047', '\u2048', '\u2049', '\u061F', '\u06D4', '\u0964', '\u0965',
          '\u1362', '\u1367', '\u0589' -> true;
      default -> false;
    };
  }

  private static boolean isIdeographicTerminal(int c) {
    return c == '\u3002' || c == '\uFF01' || c == '\uFF1F' || c == '\uFF61';
  }

  /** Closing quotes and brackets, which belong to the sentence their terminal ends. */
  private static boolean isCloser(int c) {
    int type = Character.getType(c);
    return c == '"' || c == '\'' || type == Character.END_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION;
  }
}
