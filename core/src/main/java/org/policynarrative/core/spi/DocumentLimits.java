package org.policynarrative.core.spi;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.util.Locale;
import java.util.Objects;

/**
 * The limits every format applies to what it reads and writes, and the support for applying them:
 * one set of defaults, the same for every format, so that what one format writes every format
 * (itself included) reads back; the check of a configured limit; the one message for a document
 * that passes it; and streams that count exactly what passes through them, so the limit holds to
 * the byte or character whatever the size of a parser's buffer.
 *
 * <table>
 *   <caption>The limits</caption>
 *   <tr><th>What</th><th>Limit</th><th>Raised with</th></tr>
 *   <tr><td>a document (for JSON Lines, each line)</td><td>{@link #DEFAULT_MAX_DOCUMENT_LENGTH}, 64 MiB</td>
 *       <td>each format's {@code withMaxDocumentLength(long)}
 *       ({@link NarrativeFormat#withMaxDocumentLength(long)} in the SPI)</td></tr>
 *   <tr><td>a string value, and a document's code points</td><td>none of their own ({@link #MAX_STRING_LENGTH}):
 *       the document's limit bounds them</td><td>the document's limit</td></tr>
 *   <tr><td>nesting of arrays and objects (JSON, YAML)</td><td>{@link #MAX_NESTING_DEPTH}, 32</td>
 *       <td>fixed: a narrative nests 6 deep</td></tr>
 *   <tr><td>a field name</td><td>{@link #MAX_NAME_LENGTH}, 1,000 characters</td>
 *       <td>fixed: the formats' names are short</td></tr>
 *   <tr><td>a number</td><td>{@link #MAX_NUMBER_LENGTH}, 64 characters</td>
 *       <td>fixed: the model's numbers are {@code int}s</td></tr>
 * </table>
 *
 * <p>The fixed limits are far beyond anything a narrative needs, so no writer reaches them; input past
 * them is not a narrative. The document limit is the one a real data set reaches: a reader refuses a
 * longer document, and a writer refuses to write one, rather than write a file that the same
 * configuration cannot read back. Both name the limit and how to raise it.
 *
 * <pre>{@code
 * try (InputStream limited = DocumentLimits.limit(in, maxLength)) {
 *   return parse(limited);
 * } catch (DocumentLimits.TooLongException e) {
 *   throw DocumentLimits.tooLong("yaml", e.about("the document"), "YamlFormat.withMaxDocumentLength(long)").build();
 * }
 * }</pre>
 *
 * <p>The {@link NarrativeFormatException} that {@link #tooLong} makes has the {@link TooLongException} as
 * its cause, so that a tool can say how to raise the limit in its own words, such as a command-line
 * option ({@link TooLongException#message(String)}), without reading the message.
 */
public final class DocumentLimits {

  /**
   * The longest document every format reads and writes unless told otherwise: 64 MiB (67,108,864),
   * bytes for a file or a byte stream, characters for a string or a character stream, and for JSON
   * Lines the characters of each line. One default for every format, so that a document one format
   * writes, every format reads.
   */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

  /**
   * The deepest nesting of arrays and objects (mappings, sequences) a structured format reads or
   * writes: 32. A narrative nests 6 deep; deeper input is not a narrative, and refusing it early keeps
   * a parser's stack and memory small.
   */
  public static final int MAX_NESTING_DEPTH = 32;

  /** The longest field name (key), in characters: 1,000; the formats' own names are short. */
  public static final int MAX_NAME_LENGTH = 1_000;

  /**
   * The longest number, in characters (Jackson counts the digits of the integer part, fraction and
   * exponent): 64. The model's integers are {@code int}s (at most 11 characters); a figure's
   * decimal may carry 30-odd significant digits and an exponent; a longer run of digits is costly
   * to parse.
   */
  public static final int MAX_NUMBER_LENGTH = 64;

  /**
   * The value for a parser's own limit on the length of one string value, or on the code points of
   * a document ({@code Integer.MAX_VALUE}: no limit of its own). A string cannot be longer than the
   * document that holds it, which the streams of {@code limit} bound exactly; a lower limit of the
   * parser's (Jackson's 100,000,000 characters, SnakeYAML's 3 MB of code points) would refuse a
   * document within the document limit, one that a writer wrote.
   */
  public static final int MAX_STRING_LENGTH = Integer.MAX_VALUE;

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
    return message(what, maxLength, unit, false, raiseWith);
  }

  /**
   * The error for a document that passed a limit: the message of {@link TooLongException#message(String)},
   * with {@code passed} as its cause. Add what is known of the place, then build it.
   *
   * @param format the format's name, such as {@code json}
   * @param passed the limit that was passed, and by what: see {@link TooLongException#about(String)}
   * @param raiseWith how a user of the format raises the limit, such as
   *     {@code NarrativeJson.withMaxDocumentLength(long)}
   * @return a builder of the error
   */
  public static NarrativeFormatException.Builder tooLong(String format, TooLongException passed, String raiseWith) {
    return NarrativeFormatException.builder(format, passed.message(raiseWith)).cause(passed);
  }

  private static String message(String what, long maxLength, Unit unit, boolean writing, String raiseWith) {
    String passed = passed(what, maxLength, unit, writing);
    return writing
        ? passed + ", so it would not read back; to write it, raise the limit with " + raiseWith
            + " (and read it with the same limit)"
        : passed + "; to read it, raise the limit with " + raiseWith;
  }

  /** {@code the document is longer than the maximum document length of 1,024 bytes}, and its MiB. */
  private static String passed(String what, long maxLength, Unit unit, boolean writing) {
    long mebibyte = 1024 * 1024;
    String mebibytes = maxLength % mebibyte == 0 ? " (" + maxLength / mebibyte + " MiB)" : "";
    return what + (writing ? " to write" : "") + " is longer than the maximum document length of "
        + String.format(Locale.ROOT, "%,d", maxLength) + " " + unit + mebibytes;
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
   * that the same configuration cannot read back. What was written before stays written (a file
   * written through {@link AtomicFiles} is left as it was). Closing it closes {@code out}.
   *
   * @param out the stream to write to
   * @param maxLength the most bytes to write, at least 1
   * @return the limited stream
   */
  public static OutputStream limit(OutputStream out, long maxLength) {
    return new LimitedOutput(Objects.requireNonNull(out, "out"), new Count(requireValid(maxLength), Unit.BYTES, true));
  }

  /**
   * {@code out}, failing with {@link TooLongException} before more than {@code maxLength} characters
   * are written to it, as {@link #limit(OutputStream, long)} does for bytes. Closing it closes
   * {@code out}.
   *
   * @param out the writer to write to
   * @param maxLength the most characters to write, at least 1
   * @return the limited writer
   */
  public static Writer limit(Writer out, long maxLength) {
    return new LimitedWriter(Objects.requireNonNull(out, "out"),
        new Count(requireValid(maxLength), Unit.CHARACTERS, true));
  }

  /**
   * A document, or part of one, longer than its limit: thrown by the streams of {@link #limit} (an
   * {@link IOException}, so that it passes through a parsing library as that library passes on its
   * stream's failures), and the cause of the {@link NarrativeFormatException} that {@link #tooLong}
   * makes of it. It says which limit was passed, by what, and whether in reading or in writing, so
   * that whoever reports it can say how to raise the limit in the words of its user.
   */
  public static final class TooLongException extends IOException {
    private static final long serialVersionUID = 1L;

    /** What passed the limit, such as {@code the document}. */
    private final String what;
    /** The limit that was passed. */
    private final long maxLength;
    /** What the limit counts. */
    private final Unit unit;
    /** True when a writer refused to write it, false when a reader refused to read it. */
    private final boolean writing;

    /**
     * A limit passed, for a reader or writer that counts a length itself (such as that of one JSON
     * Lines line) rather than through the streams of {@link DocumentLimits#limit}.
     *
     * @param what what passed the limit, such as {@code the document} or {@code line 7}
     * @param maxLength the limit that was passed
     * @param unit what the limit counts
     * @param writing true when a writer refuses to write it, false when a reader refuses to read it
     * @throws IllegalArgumentException when {@code maxLength} is less than 1
     */
    public TooLongException(String what, long maxLength, Unit unit, boolean writing) {
      super(passed(Objects.requireNonNull(what, "what"), requireValid(maxLength), Objects.requireNonNull(unit, "unit"),
          writing));
      this.what = what;
      this.maxLength = maxLength;
      this.unit = unit;
      this.writing = writing;
    }

    /**
     * {@return what passed the limit, such as {@code the document} or {@code line 7}; {@code the input}
     * or {@code the output} from the streams of {@link DocumentLimits#limit}}
     */
    public String what() {
      return what;
    }

    /** {@return the limit that was passed} */
    public long maxLength() {
      return maxLength;
    }

    /** {@return what the limit counts} */
    public Unit unit() {
      return unit;
    }

    /** {@return true when a writer refused to write the document, false when a reader refused to read it} */
    public boolean writing() {
      return writing;
    }

    /**
     * The same limit passed by {@code what}: the streams of {@link DocumentLimits#limit} know only that
     * their input or output is too long; the format says which.
     *
     * @param what what passed the limit, such as {@code the document} or {@code line 7}
     * @return an exception that differs from this one in {@link #what()} only
     */
    public TooLongException about(String what) {
      TooLongException about = new TooLongException(what, maxLength, unit, writing);
      about.setStackTrace(getStackTrace());
      return about;
    }

    /**
     * The message for a person: what passed which limit (also in MiB when it is a whole number of
     * them) and how to raise it. For a reader: {@code the document is longer than the maximum document
     * length of 16,777,216 bytes (16 MiB); to read it, raise the limit with RAISE}; for a writer:
     * {@code the document to write is longer than the maximum document length of 16,777,216 bytes (16
     * MiB), so it would not read back; to write it, raise the limit with RAISE (and read it with the
     * same limit)}.
     *
     * @param raiseWith how the reader of the message raises the limit: a method for a library user
     *     (such as {@code NarrativeJson.withMaxDocumentLength(long)}), an option for a command-line user
     * @return the message
     */
    public String message(String raiseWith) {
      return DocumentLimits.message(what, maxLength, unit, writing, Objects.requireNonNull(raiseWith, "raiseWith"));
    }
  }

  /** The counting the limited streams share: Java has no one stream type for bytes and characters. */
  private static final class Count {
    /** The limit that was passed. */
    private final long maxLength;
    /** What the limit counts. */
    private final Unit unit;
    /** True for output, which is refused before it passes the limit. */
    private final boolean writing;
    private long count;

    Count(long maxLength, Unit unit, boolean writing) {
      this.maxLength = maxLength;
      this.unit = unit;
      this.writing = writing;
    }

    Count(long maxLength, Unit unit) {
      this(maxLength, unit, false);
    }

    /** Counts {@code n} more units (nothing for end of input, -1) and returns {@code n}. */
    long add(long n) throws TooLongException {
      if (n > 0) {
        if (count + n > maxLength) {
          throw new TooLongException(writing ? "the output" : "the input", maxLength, unit, writing);
        }
        count += n;
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

  /** Counts before it writes, so that nothing past the limit reaches {@code out}. */
  private static final class LimitedOutput extends OutputStream {
    private final OutputStream out;
    private final Count count;

    LimitedOutput(OutputStream out, Count count) {
      this.out = out;
      this.count = count;
    }

    @Override
    public void write(int b) throws IOException {
      count.add(1);
      out.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      Objects.checkFromIndexSize(offset, length, bytes.length);
      count.add(length);
      out.write(bytes, offset, length);
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

  /** Counts before it writes, in the methods {@link Writer} does not route through its array write. */
  private static final class LimitedWriter extends Writer {
    private final Writer out;
    private final Count count;

    LimitedWriter(Writer out, Count count) {
      this.out = out;
      this.count = count;
    }

    @Override
    public void write(int c) throws IOException {
      count.add(1);
      out.write(c);
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
      Objects.checkFromIndexSize(offset, length, chars.length);
      count.add(length);
      out.write(chars, offset, length);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
      Objects.checkFromIndexSize(offset, length, text.length());
      count.add(length);
      out.write(text, offset, length);
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
}
