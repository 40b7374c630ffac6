package org.policynarrative.json.internal;

import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import org.policynarrative.json.internal.deser.RecentInput;

/**
 * Byte and character streams that fail as soon as more than a given number of bytes or characters
 * has been read, so a document length limit holds exactly whatever the size of the parser's buffer.
 */
final class LimitedInput {

  private LimitedInput() {}

  /**
   * {@code in}, failing with {@link TooLongException} once more than {@code limit} bytes are read;
   * it remembers where the bytes of its last bulk read went ({@link RecentInput}).
   */
  static InputStream of(InputStream in, long limit) {
    return new LimitedStream(markingFailures(in), limit);
  }

  private static final class LimitedStream extends FilterInputStream implements RecentInput {
    private final long limit;
    private long count;
    /** The last bulk read: its buffer (the caller's, not copied), where it went, and its offset in the input. */
    private byte[] last;
    private int lastOffset;
    private int lastLength;
    private long lastStart;

    LimitedStream(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        last = null;
        counted(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        last = buffer;
        lastOffset = offset;
        lastLength = n;
        lastStart = count;
      }
      return counted(n);
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      last = null;
      count += skipped;
      check();
      return skipped;
    }

    @Override
    public boolean countsCharacters() {
      return false;
    }

    @Override
    public int unitAt(long offset) {
      long i = offset - lastStart;
      return last == null || i < 0 || i >= lastLength ? -1 : last[lastOffset + (int) i] & 0xff;
    }

    private int counted(int n) throws TooLongException {
      if (n > 0) {
        count += n;
        check();
      }
      return n;
    }

    private void check() throws TooLongException {
      if (count > limit) {
        throw new TooLongException(limit, "bytes");
      }
    }
  }

  /**
   * {@code in}, failing with {@link TooLongException} once more than {@code limit} characters are
   * read; it remembers where the characters of its last bulk read went ({@link RecentInput}).
   */
  static Reader of(Reader in, long limit) {
    return new LimitedReader(in, limit);
  }

  /** The whole of {@code text} as a reader that can look back at any of its characters ({@link RecentInput}). */
  static Reader ofText(String text) {
    return new TextReader(text);
  }

  private static final class LimitedReader extends FilterReader implements RecentInput {
    private final long limit;
    private long count;
    /** The last bulk read, as in {@link LimitedStream}. */
    private char[] last;
    private int lastOffset;
    private int lastLength;
    private long lastStart;

    LimitedReader(Reader in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      if (c >= 0) {
        last = null;
        counted(1);
      }
      return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        last = buffer;
        lastOffset = offset;
        lastLength = n;
        lastStart = count;
      }
      return counted(n);
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      last = null;
      count += skipped;
      check();
      return skipped;
    }

    @Override
    public boolean countsCharacters() {
      return true;
    }

    @Override
    public int unitAt(long offset) {
      long i = offset - lastStart;
      return last == null || i < 0 || i >= lastLength ? -1 : last[lastOffset + (int) i];
    }

    private int counted(int n) throws TooLongException {
      if (n > 0) {
        count += n;
        check();
      }
      return n;
    }

    private void check() throws TooLongException {
      if (count > limit) {
        throw new TooLongException(limit, "characters");
      }
    }
  }

  /** A string as a reader; no limit (the caller has checked the length). */
  private static final class TextReader extends Reader implements RecentInput {
    private final String text;
    private int position;

    TextReader(String text) {
      this.text = text;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
      if (length == 0) {
        return 0;
      }
      if (position >= text.length()) {
        return -1;
      }
      int n = Math.min(length, text.length() - position);
      text.getChars(position, position + n, buffer, offset);
      position += n;
      return n;
    }

    @Override
    public void close() {
      // nothing to release
    }

    @Override
    public boolean countsCharacters() {
      return true;
    }

    @Override
    public int unitAt(long offset) {
      return offset < 0 || offset >= position ? -1 : text.charAt((int) offset);
    }
  }

  /** The input went past the limit; the codec turns this into a {@code NarrativeFormatException}. */
  static final class TooLongException extends IOException {
    private static final long serialVersionUID = 1L;

    private final long limit;
    private final String unit;

    TooLongException(long limit, String unit) {
      super("the input is longer than " + limit + " " + unit);
      this.limit = limit;
      this.unit = unit;
    }

    long limit() {
      return limit;
    }

    String unit() {
      return unit;
    }
  }

  /**
   * {@code in}, with its own I/O failures wrapped in {@link SourceFailure}, so that a reader can tell
   * them from the {@link IOException}s that Jackson raises about the bytes themselves (its encoding
   * detection rejects some byte patterns that way), which are format errors.
   */
  private static InputStream markingFailures(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        try {
          return super.read();
        } catch (IOException e) {
          throw new SourceFailure(e);
        }
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        try {
          return super.read(buffer, offset, length);
        } catch (IOException e) {
          throw new SourceFailure(e);
        }
      }
    };
  }

  /** An I/O failure of the underlying input, as opposed to a problem with what it holds. */
  static final class SourceFailure extends IOException {
    private static final long serialVersionUID = 1L;

    SourceFailure(IOException cause) {
      super(cause.getMessage(), cause);
    }

    /** The underlying input's own exception. */
    IOException original() {
      return (IOException) getCause();
    }
  }
}
