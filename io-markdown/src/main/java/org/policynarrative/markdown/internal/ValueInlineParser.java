package org.policynarrative.markdown.internal;

import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;

/**
 * The inline parser for documents as the writer lays them out, and as people mostly write them:
 * every block's inline content is plain text, optionally opened by a field key {@code **Key:**}.
 * For such content it builds exactly the nodes and source spans commonmark-java's own inline
 * parser builds (a {@link StrongEmphasis} holding the key's {@link Text}, then a {@link Text} per
 * line, with a {@link SoftLineBreak} between lines), at a fraction of the cost; the reader decodes
 * every value from the source text under those spans, never from a node's literal, so the values'
 * {@link Text} nodes carry an empty literal.
 *
 * <p>Anything else (a character that may open inline syntax, a hard line break, white space at
 * the end of a line, an unusual key) makes it throw {@link #FALLBACK}, and the reader parses the
 * whole document again with commonmark-java's inline parser. So every document reads exactly as
 * it did with commonmark's inline parser alone, errors included.
 */
final class ValueInlineParser implements InlineParser {

  /** Thrown out of the parse when the content needs commonmark-java's inline parser. */
  static final class Fallback extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private Fallback() {
      super("the document needs the full inline parser", null, false, false);
    }
  }

  /** The one instance: it carries no stack trace and no state. */
  static final Fallback FALLBACK = new Fallback();

  /** ASCII characters that may start inline syntax, or whose meaning depends on what surrounds them. */
  private static final boolean[] TRIGGER = new boolean[128];
  /** ASCII characters that a backslash escapes (CommonMark's ASCII punctuation). */
  private static final boolean[] ESCAPABLE = new boolean[128];

  static {
    for (char c : "*_`[]<\n\r".toCharArray()) {
      TRIGGER[c] = true;
    }
    for (char c : "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".toCharArray()) {
      ESCAPABLE[c] = true;
    }
  }

  @Override
  public void parse(SourceLines lines, Node block) {
    List<SourceLine> list = lines.getLines();
    int count = list.size();
    for (int i = 0; i < count; i++) {
      SourceLine line = list.get(i);
      CharSequence content = line.getContent();
      SourceSpan span = line.getSourceSpan();
      int n = content.length();
      if (n == 0) {
        if (count == 1) {
          return;
        }
        throw FALLBACK;
      }
      if (span == null || span.getLength() != n) {
        throw FALLBACK;
      }
      // Spaces or a backslash ending a line would make a line break; a tab or a space opening
      // one would not be part of its text.
      char last = content.charAt(n - 1);
      char first = content.charAt(0);
      if (last == ' ' || last == '\t' || (last == '\\' && i < count - 1)
          || (i > 0 && (first == ' ' || first == '\t'))) {
        throw FALLBACK;
      }
      int start = 0;
      if (i == 0 && first == '*') {
        int colon = keyColon(content, n);
        if (colon < 0) {
          throw FALLBACK;
        }
        StrongEmphasis strong = new StrongEmphasis("**");
        strong.addSourceSpan(span.subSpan(0, colon + 3));
        Text key = new Text(content.subSequence(2, colon + 1).toString());
        key.addSourceSpan(span.subSpan(2, colon + 1));
        strong.appendChild(key);
        block.appendChild(strong);
        start = colon + 3;
      }
      requirePlain(content, start, n);
      if (i > 0) {
        block.appendChild(new SoftLineBreak());
      }
      if (start < n) {
        Text text = new Text("");
        text.addSourceSpan(start == 0 ? span : span.subSpan(start));
        block.appendChild(text);
      }
    }
  }

  /**
   * The index of the colon in a leading {@code **Key:**} that commonmark reads as strong emphasis
   * around the text {@code Key:}, or -1 when the content does not start with one this parser knows:
   * the key starts with an ASCII letter or digit, holds only those, spaces, '-', '.' and an
   * apostrophe (Encoder's note), and the
   * closing {@code **} ends the line or is followed by a space.
   */
  private static int keyColon(CharSequence content, int n) {
    if (n < 5 || content.charAt(1) != '*' || !isAlphanumeric(content.charAt(2))) {
      return -1;
    }
    int i = 3;
    while (i < n) {
      char c = content.charAt(i);
      if (c == ':') {
        break;
      }
      if (!isAlphanumeric(c) && c != ' ' && c != '-' && c != '.' && c != '\'') {
        return -1;
      }
      i++;
    }
    if (i + 2 >= n || content.charAt(i + 1) != '*' || content.charAt(i + 2) != '*') {
      return -1;
    }
    return i + 3 == n || content.charAt(i + 3) == ' ' ? i : -1;
  }

  /** Fails unless commonmark would read {@code content[from, to)} as text alone. */
  private static void requirePlain(CharSequence content, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = content.charAt(i);
      if (c < 128) {
        if (c == '\\') {
          if (i + 1 < to && content.charAt(i + 1) < 128 && ESCAPABLE[content.charAt(i + 1)]) {
            i++;
          }
        } else if (TRIGGER[c]) {
          throw FALLBACK;
        }
      }
    }
  }

  private static boolean isAlphanumeric(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
