package org.policynarrative.markdown.internal;

import java.util.List;
import org.policynarrative.core.spi.NarrativeFormatException;

/**
 * The decoding of one string value from Markdown inline text: the exact inverse of
 * {@link MarkdownOutput#escaped(String, boolean)}.
 *
 * <p>Writing escapes every character that could start Markdown or HTML syntax with a backslash,
 * and writes characters that Markdown would strip, fold or misread (control characters, line
 * breaks, unpaired surrogates, white space at either end) as decimal character references such
 * as {@code &#10;}. Reading undoes exactly that from the source text itself, not from
 * commonmark's rendering of it, so that every Java string survives, including {@code U+0000}
 * (which CommonMark would turn into {@code U+FFFD}).
 */
final class MarkdownText {

  /** CommonMark's ASCII punctuation: a backslash before any of these stands for the character itself. */
  private static final String ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
  /** {@link #ASCII_PUNCTUATION} as a table indexed by ASCII character. */
  private static final boolean[] PUNCTUATION = new boolean[128];

  static {
    for (int i = 0; i < ASCII_PUNCTUATION.length(); i++) {
      PUNCTUATION[ASCII_PUNCTUATION.charAt(i)] = true;
    }
  }

  private MarkdownText() {}

  /**
   * The length of the character reference that starts at {@code i} ({@code &#10;},
   * {@code &#x1F600;}, {@code &amp;}), with CommonMark's limits, or 0 when there is none.
   */
  static int referenceLength(CharSequence s, int i) {
    return referenceLength(s, i, s.length());
  }

  /** As {@link #referenceLength(CharSequence, int)}, looking only at characters before {@code n}. */
  static int referenceLength(CharSequence s, int i, int n) {
    int j = i + 1;
    if (j < n && s.charAt(j) == '#') {
      j++;
      boolean hex = j < n && (s.charAt(j) == 'x' || s.charAt(j) == 'X');
      if (hex) {
        j++;
      }
      int start = j;
      int max = hex ? 6 : 7;
      while (j < n && j - start < max && Character.digit(s.charAt(j), hex ? 16 : 10) >= 0
          && s.charAt(j) < 128) {
        j++;
      }
      return j > start && j < n && s.charAt(j) == ';' ? j + 1 - i : 0;
    }
    int start = j;
    if (j < n && isAsciiLetter(s.charAt(j))) {
      j++;
      while (j < n && j - start < 32 && (isAsciiLetter(s.charAt(j)) || isAsciiDigit(s.charAt(j)))) {
        j++;
      }
    }
    return j - start >= 2 && j < n && s.charAt(j) == ';' ? j + 1 - i : 0;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** One line's part of a value in the source: 0-based line and column of its first character. */
  record Segment(int line, int column, String text) {}

  /**
   * Decodes a value from its source text, one segment per source line. Spaces and tabs at either
   * end of each line are not part of the value; a line break reads as one space, or as a line
   * break when the line ends with a backslash.
   *
   * @throws NarrativeFormatException at the offending character, for a character reference that is
   *     not a Unicode code point or a named reference other than {@code &amp; &lt; &gt; &quot; &apos; &nbsp;}
   */
  static String decode(List<Segment> segments) {
    if (segments.size() == 1) {
      String text = segments.get(0).text();
      String plain = plain(text, 0, text.length());
      if (plain != null) {
        return plain;
      }
    }
    StringBuilder out = new StringBuilder();
    boolean previousBroke = false;
    for (int s = 0; s < segments.size(); s++) {
      Segment segment = segments.get(s);
      String text = segment.text();
      int from = skipSpacesAndTabs(text, 0, text.length());
      int to = trimSpacesAndTabs(text, from, text.length());
      if (s > 0 && !previousBroke) {
        out.append(' ');
      }
      previousBroke = false;
      boolean last = s == segments.size() - 1;
      int i = from;
      while (i < to) {
        char c = text.charAt(i);
        if (c == '\\') {
          if (i + 1 < to && text.charAt(i + 1) < 128 && PUNCTUATION[text.charAt(i + 1)]) {
            out.append(text.charAt(i + 1));
            i += 2;
            continue;
          }
          if (i + 1 == to && !last) {
            out.append('\n');
            previousBroke = true;
            i++;
            continue;
          }
          out.append(c);
          i++;
        } else if (c == '&') {
          int length = referenceLength(text, i, to);
          if (length == 0) {
            out.append(c);
            i++;
            continue;
          }
          appendReference(out, text.substring(i, i + length), segment, i);
          i += length;
        } else {
          out.append(c);
          i++;
        }
      }
    }
    return out.toString();
  }

  /**
   * Decodes a value that stands on one source line, {@code source[from, to)}: the same as
   * {@link #decode(List)} of that one segment, without copying the segment first when the value
   * needs no decoding (most do not).
   *
   * @param line the 0-based line of {@code source[from]}
   * @param column the 0-based column of {@code source[from]} on its line
   * @throws NarrativeFormatException as {@link #decode(List)}
   */
  static String decodeLine(String source, int from, int to, int line, int column) {
    String plain = plain(source, from, to);
    return plain != null ? plain : decode(List.of(new Segment(line, column, source.substring(from, to))));
  }

  /**
   * The value {@code text[from, to)} when it holds no backslash and no '&amp;', so that decoding
   * only strips its spaces and tabs; null otherwise.
   */
  private static String plain(String text, int from, int to) {
    int start = skipSpacesAndTabs(text, from, to);
    int end = trimSpacesAndTabs(text, start, to);
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\\' || c == '&') {
        return null;
      }
    }
    return text.substring(start, end);
  }

  /** The first index of {@code text[from, to)} that is not a space or a tab; {@code to} when there is none. */
  private static int skipSpacesAndTabs(String text, int from, int to) {
    int i = from;
    while (i < to && isSpaceOrTab(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The end of {@code text[from, to)} without its trailing spaces and tabs. */
  private static int trimSpacesAndTabs(String text, int from, int to) {
    int i = to;
    while (i > from && isSpaceOrTab(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  private static void appendReference(StringBuilder out, String reference, Segment segment, int index) {
    String body = reference.substring(1, reference.length() - 1);
    if (body.startsWith("#")) {
      boolean hex = body.length() > 1 && (body.charAt(1) == 'x' || body.charAt(1) == 'X');
      int cp = Integer.parseInt(body.substring(hex ? 2 : 1), hex ? 16 : 10);
      if (cp > Character.MAX_CODE_POINT) {
        throw MarkdownErrors.at(segment.line(), segment.column() + index,
            "the character reference " + reference + " is not a Unicode code point (at most &#1114111;)");
      }
      out.appendCodePoint(cp);
      return;
    }
    out.append(switch (body) {
      case "amp" -> '&';
      case "lt" -> '<';
      case "gt" -> '>';
      case "quot" -> '"';
      case "apos" -> '\'';
      case "nbsp" -> '\u00A0';
      default -> throw MarkdownErrors.at(segment.line(), segment.column() + index,
          "unsupported character reference '" + reference + "'; write the character itself, a numeric "
              + "reference such as &#169;, or escape the '&' as \\&");
    });
  }

  private static boolean isSpaceOrTab(char c) {
    return c == ' ' || c == '\t';
  }
}
