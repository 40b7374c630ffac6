package org.policynarrative.markdown.internal;

import java.util.regex.Pattern;

/**
 * Small, plain reference functions for the writer's fast paths to match: the test oracles in
 * place of a second copy of the writer. What the writer lays out is pinned by the golden files.
 */
public final class ReferenceFunctions {

  private static final Pattern THREE_OR_MORE_BREAKS = Pattern.compile("\n{3,}");

  private ReferenceFunctions() {}

  /**
   * Blank-line folding, as the writer's output does it without a pass over the text: every run of
   * three or more line breaks folded into two, white space stripped at both ends, one closing line
   * break.
   */
  public static String fold(CharSequence text) {
    return THREE_OR_MORE_BREAKS.matcher(text).replaceAll("\n\n").strip() + "\n";
  }

  /**
   * The escape character by character, as the dialect defines it: the writer's, without the
   * pre-scan, the lookup tables and the copying of unchanged runs.
   */
  public static String escape(String value, boolean blockStart) {
    int n = value.length();
    StringBuilder out = new StringBuilder();
    int ordinalMark = -1;
    if (blockStart) {
      int i = 0;
      while (i < n && i < 10 && value.charAt(i) >= '0' && value.charAt(i) <= '9') {
        i++;
      }
      if (i > 0 && i < n && (value.charAt(i) == '.' || value.charAt(i) == ')')
          && (i + 1 == n || value.charAt(i + 1) == ' ')) {
        ordinalMark = i;
      }
    }
    int i = 0;
    while (i < n) {
      int cp = value.codePointAt(i);
      int width = Character.charCount(cp);
      boolean atEdge = i == 0 || i + width == n;
      boolean reference = cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029
          || cp == 0xFEFF || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE);
      boolean spaceLike = Character.isWhitespace(cp) || Character.isSpaceChar(cp);
      if (reference || (atEdge && spaceLike)) {
        out.append("&#").append(cp).append(';');
      } else if (cp < 128 && "\\`*_[]<>#|~$".indexOf(cp) >= 0) {
        out.append('\\').append((char) cp);
      } else if (blockStart && i == 0 && (cp == '-' || cp == '+' || cp == '=')) {
        out.append('\\').append((char) cp);
      } else if (i == ordinalMark) {
        out.append('\\').append((char) cp);
      } else if (cp == '&' && MarkdownText.referenceLength(value, i) > 0) {
        out.append("\\&");
      } else {
        out.appendCodePoint(cp);
      }
      i += width;
    }
    return out.toString();
  }
}
