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
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectWriter;

/**
 * Writes JSON Lines: one compact narrative a line, each ended by a newline. A line longer than the
 * limit {@link JsonLinesReader} applies is refused before it passes the limit, so that what is
 * written reads back: the limit counts the characters of a line as the reader does, also when the
 * line is written as UTF-8 bytes. A refused line is partly written; the lines before it are whole.
 */
final class JsonLinesWriter {

  private JsonLinesWriter() {}

  /** Writes the narratives as UTF-8 lines; flushes, leaves {@code out} open. */
  static void write(JsonCodec codec, Iterator<? extends Narrative> narratives, OutputStream out) throws IOException {
    Utf8Line line = new Utf8Line(out, codec.maxDocumentLength(), codec.compact());
    while (narratives.hasNext()) {
      Narrative narrative = narratives.next();
      line.next(narrative);
      JsonCodec.write(codec.compact(), codec.compact().createGenerator(line, JsonEncoding.UTF8), narrative, false,
          JsonLinesReader.FORMAT, line.number);
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
          JsonLinesReader.FORMAT, line.number);
      out.write('\n');
    }
    out.flush();
  }

  /**
   * One line's UTF-8 bytes on their way to the target. The reader's limit counts characters
   * ({@code char}s), and a character takes one to four bytes (a surrogate pair four for two), so a
   * line of no more bytes than the limit is within it: only bytes are counted. The first time a line's
   * bytes would pass the limit, its characters are counted, by writing the narrative again to a
   * counter; the line is refused when they pass it too. (Counting the characters of every line as it
   * went made JSON Lines writing 10 to 15% slower; lines that long are rare.)
   */
  private static final class Utf8Line extends OutputStream {
    private final OutputStream out;
    private final long maxLength;
    private final ObjectWriter writer;
    private Narrative narrative;
    private long number;
    private long bytes;
    /** True once the line's characters are known to be within the limit. */
    private boolean fits;

    Utf8Line(OutputStream out, long maxLength, ObjectWriter writer) {
      this.out = out;
      this.maxLength = maxLength;
      this.writer = writer;
    }

    /** Starts the line of {@code narrative}. */
    void next(Narrative narrative) {
      this.narrative = narrative;
      number++;
      bytes = 0;
      fits = false;
    }

    @Override
    public void write(int b) throws IOException {
      count(1);
      out.write(b);
    }

    @Override
    public void write(byte[] buffer, int offset, int length) throws IOException {
      Objects.checkFromIndexSize(offset, length, buffer.length);
      count(length);
      out.write(buffer, offset, length);
    }

    private void count(int n) throws IOException {
      if (!fits && bytes + n > maxLength) {
        Utf8Characters line = new Utf8Characters();
        try (JsonGenerator g = writer.createGenerator(line, JsonEncoding.UTF8)) {
          writer.writeValue(g, narrative);
        }
        if (line.chars > maxLength) {
          throw new TooLongException("line " + number, maxLength, Unit.CHARACTERS, true);
        }
        fits = true;
      }
      bytes += n;
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

  /**
   * Counts the characters ({@code char}s) that the UTF-8 written to it decodes to: one for each byte
   * that starts a character, two for one that starts a four-byte sequence (a surrogate pair). Jackson
   * writes an unpaired surrogate as an escape of six ASCII characters, which the reader counts as six
   * too.
   */
  private static final class Utf8Characters extends OutputStream {
    private long chars;

    @Override
    public void write(int b) {
      chars += charsOf((byte) b);
    }

    @Override
    public void write(byte[] buffer, int offset, int length) {
      for (int i = offset, end = offset + length; i < end; i++) {
        chars += charsOf(buffer[i]);
      }
    }

    private static int charsOf(byte b) {
      if ((b & 0xC0) == 0x80) {
        return 0;
      }
      return (b & 0xF8) == 0xF0 ? 2 : 1;
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
