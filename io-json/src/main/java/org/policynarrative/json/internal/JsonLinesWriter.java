package org.policynarrative.json.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Iterator;
import java.util.Objects;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.spi.DocumentLimits.TooLongException;
import org.policynarrative.core.spi.DocumentLimits.Unit;
import tools.jackson.core.JsonEncoding;

/**
 * Writes JSON Lines: one compact narrative a line, each ended by a newline. A line longer than the
 * limit {@link JsonLinesReader} applies is refused before it passes the limit, so that what is
 * written reads back: the limit counts the characters of a line as the reader does, also when the
 * line is written as UTF-8 bytes.
 */
final class JsonLinesWriter {

  private JsonLinesWriter() {}

  /** Writes the narratives as UTF-8 lines; flushes, leaves {@code out} open. */
  static void write(JsonCodec codec, Iterator<? extends Narrative> narratives, OutputStream out) throws IOException {
    Utf8Line line = new Utf8Line(out, codec.maxDocumentLength());
    while (narratives.hasNext()) {
      Narrative narrative = narratives.next();
      line.next();
      JsonCodec.write(codec.compact(), codec.compact().createGenerator(line, JsonEncoding.UTF8), narrative, false,
          JsonLinesReader.FORMAT, "line " + line.number);
      out.write('\n');
    }
    out.flush();
  }

  /** Writes the narratives as lines of characters; flushes, leaves {@code out} open. */
  static void write(JsonCodec codec, Iterator<? extends Narrative> narratives, Writer out) throws IOException {
    CharLine line = new CharLine(out, codec.maxDocumentLength());
    while (narratives.hasNext()) {
      Narrative narrative = narratives.next();
      line.next();
      JsonCodec.write(codec.compact(), codec.compact().createGenerator(line), narrative, false,
          JsonLinesReader.FORMAT, "line " + line.number);
      out.write('\n');
    }
    out.flush();
  }

  /**
   * One line's UTF-8 bytes on their way to the target, counted in the characters ({@code char}s)
   * they decode to: one for each byte that starts a character, two for one that starts a four-byte
   * sequence (a surrogate pair). Jackson writes an unpaired surrogate as an escape of six ASCII
   * characters, which the reader counts as six too.
   */
  private static final class Utf8Line extends OutputStream {
    private final OutputStream out;
    private final long maxLength;
    private long number;
    private long chars;

    Utf8Line(OutputStream out, long maxLength) {
      this.out = out;
      this.maxLength = maxLength;
    }

    /** Starts the next line. */
    void next() {
      number++;
      chars = 0;
    }

    @Override
    public void write(int b) throws IOException {
      count(charsOf((byte) b));
      out.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      Objects.checkFromIndexSize(offset, length, bytes.length);
      long n = length;
      // Most bytes are ASCII: only a byte with its high bit set (negative) counts other than one.
      for (int i = offset, end = offset + length; i < end; i++) {
        if (bytes[i] < 0) {
          n += charsOf(bytes[i]) - 1;
        }
      }
      count(n);
      out.write(bytes, offset, length);
    }

    /** The characters a UTF-8 byte adds: 0 for a continuation byte, 2 for the first of four bytes, else 1. */
    private static int charsOf(byte b) {
      if ((b & 0xC0) == 0x80) {
        return 0;
      }
      return (b & 0xF8) == 0xF0 ? 2 : 1;
    }

    private void count(long n) throws TooLongException {
      if (chars + n > maxLength) {
        throw new TooLongException("line " + number, maxLength, Unit.CHARACTERS, true);
      }
      chars += n;
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() {
      // The caller owns the target.
    }
  }

  /** One line's characters on their way to the target, counted. */
  private static final class CharLine extends Writer {
    private final Writer out;
    private final long maxLength;
    private long number;
    private long chars;

    CharLine(Writer out, long maxLength) {
      this.out = out;
      this.maxLength = maxLength;
    }

    void next() {
      number++;
      chars = 0;
    }

    @Override
    public void write(int c) throws IOException {
      count(1);
      out.write(c);
    }

    @Override
    public void write(char[] text, int offset, int length) throws IOException {
      Objects.checkFromIndexSize(offset, length, text.length);
      count(length);
      out.write(text, offset, length);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
      Objects.checkFromIndexSize(offset, length, text.length());
      count(length);
      out.write(text, offset, length);
    }

    private void count(long n) throws TooLongException {
      if (chars + n > maxLength) {
        throw new TooLongException("line " + number, maxLength, Unit.CHARACTERS, true);
      }
      chars += n;
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() {
      // The caller owns the target.
    }
  }
}
