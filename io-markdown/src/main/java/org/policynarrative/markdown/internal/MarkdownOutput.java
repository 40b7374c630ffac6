package org.policynarrative.markdown.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;

/**
 * Where {@link MarkdownWriter} puts its text: a buffer of characters handed on in chunks (to a
 * string, a {@link Writer}, or a byte stream as UTF-8 by {@link Utf8Output}), so that a document
 * is never held whole, and the escaping of values straight into that buffer.
 *
 * <p>Layout rules live here so that the writer needs no pass over the finished text: line breaks
 * are only counted when asked for and written before the next text, at most two in a row (so
 * never more than one blank line); none before the first text; and the document ends with exactly
 * one, after its last character that is not white space. That is the same text as folding every
 * run of three or more line breaks into two, stripping white space at both ends and adding one
 * line break. Text passed to {@link #append(String)} must not hold a line break; escaped values
 * never do.
 *
 * <p>An {@link IOException} of the target travels as an {@link UncheckedIOException}, so that the
 * writer's lambdas can write; {@link MarkdownWriter} unwraps it.
 */
abstract class MarkdownOutput {

  /** Characters buffered before they are handed on. */
  static final int CAPACITY = 8192;

  /** Escaped with a backslash wherever they stand. */
  private static final String ALWAYS_ESCAPED = "\\`*_[]<>#|~$";
  /** {@link #ALWAYS_ESCAPED} as a table indexed by ASCII character. */
  private static final boolean[] ESCAPED = new boolean[128];
  /** ASCII characters that escaping may change: escaped ones, controls and '&amp;'. */
  private static final boolean[] MAY_CHANGE = new boolean[128];

  static {
    for (int i = 0; i < ALWAYS_ESCAPED.length(); i++) {
      ESCAPED[ALWAYS_ESCAPED.charAt(i)] = true;
      MAY_CHANGE[ALWAYS_ESCAPED.charAt(i)] = true;
    }
    for (int c = 0; c < 0x20; c++) {
      MAY_CHANGE[c] = true;
    }
    MAY_CHANGE[0x7F] = true;
    MAY_CHANGE['&'] = true;
  }

  private char[] buffer;
  private int length;
  /** Line breaks asked for and not yet written: 0, 1 or 2. */
  private int breaks;
  private boolean started;

  MarkdownOutput(int capacity) {
    buffer = new char[capacity];
  }

  /** Hands on the first {@code n} characters of {@code chars}, which never end inside a surrogate pair. */
  abstract void emit(char[] chars, int n) throws IOException;

  // ---- the text ----

  /** Appends text that holds no line break. */
  final MarkdownOutput append(String text) {
    int n = text.length();
    if (n > 0) {
      reserve(n);
      text.getChars(0, n, buffer, length);
      length += n;
    }
    return this;
  }

  /** Appends one character other than a line break. */
  final MarkdownOutput append(char c) {
    reserve(1);
    buffer[length++] = c;
    return this;
  }

  /** Appends an integer in decimal, as {@link Integer#toString(int)} writes it. */
  final MarkdownOutput append(int value) {
    if (value < 0) {
      return append(Integer.toString(value));
    }
    int digits = 1;
    for (int rest = value / 10; rest > 0; rest /= 10) {
      digits++;
    }
    reserve(digits);
    int end = length + digits;
    for (int i = end - 1; i >= length; i--) {
      buffer[i] = (char) ('0' + value % 10);
      value /= 10;
    }
    length = end;
    return this;
  }

  /** Asks for a line break; a third one in a row is dropped. */
  final MarkdownOutput newline() {
    if (breaks < 2) {
      breaks++;
    }
    return this;
  }

  /**
   * Ends the document: strips trailing white space, writes one line break and hands everything on.
   */
  final void finish() throws IOException {
    try {
      breaks = 0;
      int end = length;
      while (end > 0 && Character.isWhitespace(buffer[end - 1])) {
        end--;
      }
      length = end;
      if (length == buffer.length) {
        emitKeeping(length);
      }
      buffer[length++] = '\n';
      emit(buffer, length);
      length = 0;
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Writes the pending line breaks and makes room for {@code n} more characters. */
  private void reserve(int n) {
    if (buffer.length - length < n + breaks) {
      makeRoom(n + breaks);
    }
    if (breaks != 0) {
      if (started) {
        buffer[length++] = '\n';
        if (breaks == 2) {
          buffer[length++] = '\n';
        }
      }
      breaks = 0;
    }
    started = true;
  }

  /**
   * Hands on the buffer except its trailing white space (which {@link #finish()} may still strip)
   * and a trailing high surrogate (whose pair may follow), then grows the buffer if that is not
   * room enough.
   */
  private void makeRoom(int n) {
    int keep = length;
    while (keep > 0 && Character.isWhitespace(buffer[keep - 1])) {
      keep--;
    }
    if (keep > 0 && Character.isHighSurrogate(buffer[keep - 1])) {
      keep--;
    }
    if (keep > 0) {
      emitKeeping(keep);
    }
    if (buffer.length - length < n) {
      buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + n));
    }
  }

  /** Hands on the first {@code n} characters and moves the rest to the front. */
  private void emitKeeping(int n) {
    try {
      emit(buffer, n);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.arraycopy(buffer, n, buffer, 0, length - n);
    length -= n;
  }

  // ---- escaped values ----

  /** The value as {@link #escaped(String, boolean)} appends it. */
  static String escape(String value, boolean blockStart) {
    MarkdownOutput text = new Text();
    text.escaped(value, blockStart);
    text.emitKeeping(text.length);
    return text.toString();
  }

  /** Appends the value as Markdown inline text on a single line, somewhere after the line's start. */
  final MarkdownOutput escaped(String value) {
    return escaped(value, false);
  }

  /**
   * Appends the value as Markdown inline text on a single line; {@code blockStart} when the value
   * opens a paragraph, where a leading "-", "+", "=" or "1." would start a list or an underline.
   *
   * <p>Every character that could start Markdown or HTML syntax is escaped with a backslash, and
   * characters that Markdown would strip, fold or misread (control characters, line breaks,
   * unpaired surrogates, white space at either end) are written as decimal character references
   * such as {@code &#10;}. {@link MarkdownText#decode} reads them back.
   */
  final MarkdownOutput escaped(String value, boolean blockStart) {
    return escaped(value, blockStart, true);
  }

  /**
   * Appends text that stands inside a value, neither at its start nor at its end (between
   * quotation marks, say), escaped as {@link #escaped(String, boolean)} escapes the characters of a
   * value there: white space at either end of {@code text} is not the value's, so it stays as it is.
   * The text must not start or end with a character that could join its neighbour into a
   * character reference; the dialect puts it between quotation marks.
   */
  final MarkdownOutput escapedInner(String text) {
    return escaped(text, false, false);
  }

  private MarkdownOutput escaped(String value, boolean blockStart, boolean edges) {
    int n = value.length();
    if (n == 0) {
      return this;
    }
    // Most values need no escape: copy them, then look at the copy.
    reserve(n);
    value.getChars(0, n, buffer, length);
    if (isVerbatim(value, buffer, length, blockStart, edges)) {
      length += n;
      return this;
    }
    escapeSlowly(value, blockStart, edges);
    return this;
  }

  /**
   * Whether escaping would leave the value, copied to {@code chars} from {@code from}, as it is.
   * Any surrogate sends the value the slow way.
   */
  private static boolean isVerbatim(String value, char[] chars, int from, boolean blockStart, boolean edges) {
    int n = value.length();
    int to = from + n;
    if (edges && (isSpaceLike(chars[from]) || isSpaceLike(chars[to - 1]))) {
      return false;
    }
    if (blockStart) {
      char first = chars[from];
      if (first == '-' || first == '+' || first == '=' || ordinalMarkIndex(value) >= 0) {
        return false;
      }
    }
    for (int i = from; i < to; i++) {
      char c = chars[i];
      if (c < 128) {
        if (MAY_CHANGE[c] && (c != '&' || MarkdownText.referenceLength(value, i - from) > 0)) {
          return false;
        }
      } else if (c <= 0x9F || (c >= 0x2028 && needsReference(c))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Escapes the value character by character, copying the runs between the characters that change
   * in one piece: a character escaped with a backslash starts the next run after its backslash.
   */
  private void escapeSlowly(String value, boolean blockStart, boolean edges) {
    int n = value.length();
    int ordinalMark = blockStart ? ordinalMarkIndex(value) : -1;
    int run = 0;
    int i = 0;
    while (i < n) {
      char c = value.charAt(i);
      int cp = Character.isSurrogate(c) ? value.codePointAt(i) : c;
      int width = Character.charCount(cp);
      boolean atEdge = edges && (i == 0 || i + width == n);
      if (needsReference(cp) || (atEdge && isSpaceLike(cp))) {
        copy(value, run, i);
        append('&').append('#').append(cp).append(';');
        run = i + width;
      } else if ((cp < 128 && ESCAPED[cp])
          || (blockStart && i == 0 && (cp == '-' || cp == '+' || cp == '='))
          || i == ordinalMark
          || (cp == '&' && MarkdownText.referenceLength(value, i) > 0)) {
        copy(value, run, i);
        append('\\');
        run = i;
      }
      i += width;
    }
    copy(value, run, n);
  }

  /** Appends {@code value} from {@code from} to {@code to}. */
  private void copy(String value, int from, int to) {
    if (to > from) {
      reserve(to - from);
      value.getChars(from, to, buffer, length);
      length += to - from;
    }
  }

  /**
   * The index of the '.' or ')' in a leading "1." or "1)" that would start an ordered list: one
   * followed by a space or ending the value ("1.5" starts none, so it stays as it is).
   */
  private static int ordinalMarkIndex(String value) {
    int i = 0;
    while (i < value.length() && i < 10 && value.charAt(i) >= '0' && value.charAt(i) <= '9') {
      i++;
    }
    if (i > 0 && i < value.length() && (value.charAt(i) == '.' || value.charAt(i) == ')')
        && (i + 1 == value.length() || value.charAt(i + 1) == ' ')) {
      return i;
    }
    return -1;
  }

  private static boolean needsReference(int cp) {
    return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029
        || cp == 0xFEFF || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE);
  }

  private static boolean isSpaceLike(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
  }

  // ---- targets ----

  /** Collects the document as a string. */
  static final class Text extends MarkdownOutput {
    private final StringBuilder text = new StringBuilder(CAPACITY);

    Text() {
      this(CAPACITY);
    }

    Text(int capacity) {
      super(capacity);
    }

    @Override
    void emit(char[] chars, int n) {
      text.append(chars, 0, n);
    }

    @Override
    public String toString() {
      return text.toString();
    }
  }

  /** Writes the document to a {@link Writer}. */
  static final class Chars extends MarkdownOutput {
    private final Writer out;

    Chars(Writer out) {
      this(out, CAPACITY);
    }

    Chars(Writer out, int capacity) {
      super(capacity);
      this.out = out;
    }

    @Override
    void emit(char[] chars, int n) throws IOException {
      out.write(chars, 0, n);
    }
  }
}
