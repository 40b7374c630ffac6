package org.policynarrative.json.internal;

import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Byte and character streams that fail as soon as more than a given number of bytes or characters
 * has been read, so a document length limit holds exactly whatever the size of the parser's buffer.
 */
final class LimitedInput {

  private LimitedInput() {}

  /** {@code in}, failing with {@link TooLongException} once more than {@code limit} bytes are read. */
  static InputStream of(InputStream in, long limit) {
    return new FilterInputStream(markingFailures(in)) {
      private long count;

      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          counted(1);
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        return counted(super.read(buffer, offset, length));
      }

      @Override
      public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count += skipped;
        check();
        return skipped;
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
    };
  }

  /** {@code in}, failing with {@link TooLongException} once more than {@code limit} characters are read. */
  static Reader of(Reader in, long limit) {
    return new FilterReader(in) {
      private long count;

      @Override
      public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
          counted(1);
        }
        return c;
      }

      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        return counted(super.read(buffer, offset, length));
      }

      @Override
      public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count += skipped;
        check();
        return skipped;
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
    };
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
