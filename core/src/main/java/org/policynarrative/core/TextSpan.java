package org.policynarrative.core;

import java.util.Objects;

/**
 * A span of a {@link SourceText}: a sentence, an occurrence of a quote, or the closest match of a
 * quote that does not occur. Offsets are code points, 0-based, end exclusive, as in {@link Anchor};
 * the line and column (both from 1) are where the span starts, as an editor shows it: lines end at
 * {@code \n}, {@code \r\n} or {@code \r}, columns count code points, and a byte-order mark at the
 * start of the text takes no column.
 *
 * @param start the offset of the span's first code point
 * @param end the offset just past its last code point
 * @param text the text of the span
 * @param line the line the span starts on, from 1
 * @param column the column the span starts at, from 1
 */
public record TextSpan(int start, int end, String text, int line, int column) {

  /**
   * Checks the span.
   *
   * @param start the offset of the span's first code point
   * @param end the offset just past its last code point
   * @param text the text of the span
   * @param line the line the span starts on, from 1
   * @param column the column the span starts at, from 1
   * @throws IllegalArgumentException when an offset is negative, {@code end < start}, or the line
   *     or column is less than 1
   */
  public TextSpan {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("TextSpan offsets must satisfy 0 <= start <= end, but were " + start
          + ".." + end);
    }
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("TextSpan line and column count from 1, but were " + line + ":" + column);
    }
  }

  /** {@return the length of the span in code points} */
  public int length() {
    return end - start;
  }

  /** {@return where the span starts, as {@code line:column}} */
  public String position() {
    return line + ":" + column;
  }
}
