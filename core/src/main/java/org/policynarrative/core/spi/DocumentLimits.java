package org.policynarrative.core.spi;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.util.Locale;
import java.util.Objects;

/**
 * The longest document a reader accepts, as every adapter handles it: the check of a configured
 * limit, the one message for input that passes it, and streams that count exactly what they hand
 * out, so the limit holds to the byte or character whatever the size of a parser's buffer.
 *
 * <pre>{@code
 * try (InputStream limited = DocumentLimits.limit(in, maxLength)) {
 *   return parse(limited);
 * } catch (DocumentLimits.TooLongException e) {
 *   throw new NarrativeFormatException("yaml",
 *       DocumentLimits.tooLongMessage("the document", e.maxLength(), e.unit(), "YamlFormat.withMaxDocumentLength(long)"));
 * }
 * }</pre>
 */
public final class DocumentLimits {

  /** What a limit counts. */
  public enum Unit {
    /** Bytes, for byte input ({@link InputStream}, files). */
    BYTES,
    /** Characters ({@code char}s), for character input ({@link Reader}, strings). */
    CHARACTERS;

    /** {@return {@code bytes} or {@code characters}} */
    @Override
    public String toString() {
      return this == BYTES ? "bytes" : "characters";
    }
  }

  private DocumentLimits() {}

  /**
   * Checks a configured limit.
   *
   * @param maxLength the largest document to read, in the unit the format counts
   * @return {@code maxLength}
   * @throws IllegalArgumentException when {@code maxLength} is less than 1
   */
  public static long requireValid(long maxLength) {
    if (maxLength < 1) {
      throw new IllegalArgumentException("the maximum document length must be at least 1, was " + maxLength);
    }
    return maxLength;
  }

  /**
   * The message for input longer than the limit: which input, the limit (also in MiB when it is a
   * whole number of them) and how to raise it, such as {@code the document is longer than the
   * maximum document length of 16,777,216 bytes (16 MiB); to read it, raise the limit with
   * NarrativeMarkdown.withMaxDocumentLength(long)}.
   *
   * @param maxLength the largest document to read, in the unit the format counts
   * @param unit what the limit counts, such as bytes or characters
   * @return the message for input longer than the limit
   * @param what the input, such as {@code the document} or {@code line 7}
   * @param raiseWith the method that raises the limit, with anything the reader should know about it
   */
  public static String tooLongMessage(String what, long maxLength, Unit unit, String raiseWith) {
    long mebibyte = 1024 * 1024;
    String mebibytes = maxLength % mebibyte == 0 ? " (" + maxLength / mebibyte + " MiB)" : "";
    return what + " is longer than the maximum document length of " + String.format(Locale.ROOT, "%,d", maxLength)
        + " " + unit + mebibytes + "; to read it, raise the limit with " + raiseWith + " (with the policy-narrative"
        + " command: --max-document-size)";
  }

  /**
   * {@code in}, failing with {@link TooLongException} as soon as more than {@code maxLength} bytes
   * have been read from it. Closing it closes {@code in}; it does not support mark and reset.
   *
   * @param in the bytes to read; not closed
   * @param maxLength the largest document to read, in the unit the format counts
   * @return {@code in}, failing with {@link TooLongException} as soon as more than {@code maxLength} bytes have been read from it
   */
  public static InputStream limit(InputStream in, long maxLength) {
    return new LimitedStream(Objects.requireNonNull(in, "in"), new Count(requireValid(maxLength), Unit.BYTES));
  }

  /**
   * {@code in}, failing with {@link TooLongException} as soon as more than {@code maxLength}
   * characters have been read from it. Closing it closes {@code in}; it does not support mark and reset.
   *
   * @param in the bytes to read; not closed
   * @param maxLength the largest document to read, in the unit the format counts
   * @return {@code in}, failing with {@link TooLongException} as soon as more than {@code maxLength} characters have been read from it
   */
  public static Reader limit(Reader in, long maxLength) {
    return new LimitedReader(Objects.requireNonNull(in, "in"), new Count(requireValid(maxLength), Unit.CHARACTERS));
  }

  /**
   * {@code out}, failing with {@link TooLongException} before more than {@code maxLength} bytes are
   * written to it: a writer refuses a document that its reader would refuse, rather than write a file
   * that the same tool cannot read back. What was written before stays written (a file written
   * atomically is left as it was). Closing it closes {@code out}.
   *
   * @param out the stream to write to
   * @param maxLength the most bytes to write, at least 1
   * @return the limited stream
   */
  public static OutputStream limit(OutputStream out, long maxLength) {
    return new LimitedOutput(Objects.requireNonNull(out, "out"), requireValid(maxLength));
  }

  /**
   * Thrown by the streams of {@link #limit}: an {@link IOException}, so that it passes through a
   * parsing library as that library passes on its input's failures; the reader turns it into a
   * {@link NarrativeFormatException} with {@link #tooLongMessage}.
   */
  public static final class TooLongException extends IOException {
    private static final long serialVersionUID = 1L;

    /** The limit that was passed. */
    private final long maxLength;
    /** What the limit counts. */
    private final Unit unit;

    TooLongException(long maxLength, Unit unit) {
      super("the input is longer than " + maxLength + " " + unit);
      this.maxLength = maxLength;
      this.unit = unit;
    }

    /** {@return the limit that was passed} */
    public long maxLength() {
      return maxLength;
    }

    /** {@return what the limit counts} */
    public Unit unit() {
      return unit;
    }
  }

  /** The counting both limited streams share: Java has no one stream type for bytes and characters. */
  private static final class Count {
    /** The limit that was passed. */
    private final long maxLength;
    /** What the limit counts. */
    private final Unit unit;
    private long count;

    Count(long maxLength, Unit unit) {
      this.maxLength = maxLength;
      this.unit = unit;
    }

    /** Counts {@code n} more units (nothing for end of input, -1) and returns {@code n}. */
    long add(long n) throws TooLongException {
      if (n > 0) {
        count += n;
        if (count > maxLength) {
          throw new TooLongException(maxLength, unit);
        }
      }
      return n;
    }
  }

  /** Counts in its bulk read; {@link InputStream}'s own skip and bulk reads go through it. */
  private static final class LimitedStream extends InputStream {
    private final InputStream in;
    private final Count count;

    LimitedStream(InputStream in, Count count) {
      this.in = in;
      this.count = count;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      count.add(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      return (int) count.add(in.read(buffer, offset, length));
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  private static final class LimitedOutput extends OutputStream {
    private final OutputStream out;
    private final long maxLength;
    private long count;

    LimitedOutput(OutputStream out, long maxLength) {
      this.out = out;
      this.maxLength = maxLength;
    }

    @Override
    public void write(int b) throws IOException {
      add(1);
      out.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      add(length);
      out.write(bytes, offset, length);
    }

    private void add(int length) throws TooLongException {
      if (count + length > maxLength) {
        throw new TooLongException(maxLength, Unit.BYTES);
      }
      count += length;
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }

  /** Counts in its one read method, through which {@link Reader} makes every other read and skip. */
  private static final class LimitedReader extends Reader {
    private final Reader in;
    private final Count count;

    LimitedReader(Reader in, Count count) {
      this.in = in;
      this.count = count;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      return (int) count.add(in.read(buffer, offset, length));
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
