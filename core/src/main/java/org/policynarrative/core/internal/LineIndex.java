package org.policynarrative.core.internal;

import java.util.Arrays;

/**
 * The line and column of each code-point offset of a text, in time logarithmic in its lines. Lines
 * end at {@code \n}, {@code \r\n} or a lone {@code \r}; columns count code points from 1, and a
 * byte-order mark at the start of the text takes no column, as editors show it. Not API.
 */
public final class LineIndex {

  private static final int BYTE_ORDER_MARK = 0xFEFF;

  /** The code-point offset at which each line starts. */
  private final int[] lineStarts;
  private final boolean byteOrderMark;

  private LineIndex(int[] lineStarts, boolean byteOrderMark) {
    this.lineStarts = lineStarts;
    this.byteOrderMark = byteOrderMark;
  }

  /** {@return the index of {@code text}} */
  public static LineIndex of(String text) {
    int[] starts = new int[16];
    int lines = 1;
    int codePoint = 0;
    for (int i = 0; i < text.length(); codePoint++) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      boolean crlf = c == '\r' && i < text.length() && text.charAt(i) == '\n';
      if (crlf) {
        i++;
        codePoint++;
      }
      if (c == '\n' || c == '\r') {
        if (lines == starts.length) {
          starts = Arrays.copyOf(starts, lines * 2);
        }
        starts[lines++] = codePoint + 1;
      }
    }
    return new LineIndex(Arrays.copyOf(starts, lines), !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK);
  }

  /** {@return the line of code-point offset {@code offset}, from 1} */
  public int line(int offset) {
    int found = Arrays.binarySearch(lineStarts, offset);
    return found >= 0 ? found + 1 : -found - 1;
  }

  /** {@return the column of code-point offset {@code offset}, from 1} */
  public int column(int offset) {
    int line = line(offset);
    int column = offset - lineStarts[line - 1] + 1;
    return line == 1 && byteOrderMark && offset > 0 ? column - 1 : column;
  }
}
