package org.policynarrative.core.spi;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * UTF-8 decoding for readers: bytes that are not UTF-8 are an error naming where they are, never
 * a replacement character ({@code U+FFFD}) that would end up in the narrative.
 */
public final class StrictUtf8 {

  private static final int BUFFER = 8192;

  private StrictUtf8() {}

  /**
   * {@return the whole document, decoded}
   *
   * @param bytes the bytes to decode
   * @param format the format's name, for the error
   * @throws NarrativeFormatException when the bytes are not UTF-8: at the line and column of the
   *     first malformed byte, with its byte offset in the problem
   */
  public static String decode(byte[] bytes, String format) {
    // The JDK's own decoding is much faster; it only hides malformed input behind U+FFFD, so the
    // strict decoder runs (and reports) only when one appears, which valid input may also hold.
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') < 0) {
      return text;
    }
    CharsetDecoder decoder = decoder();
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(text.length());
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (!result.isError()) {
      return out.flip().toString();
    }
    int offset = in.position();
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    // The bytes before the malformed ones are valid: the column counts their characters.
    int column = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8).length() + 1;
    return fail(format, offset, line, column);
  }

  private static String fail(String format, int offset, int line, int column) {
    throw NarrativeFormatException.builder(format, "the input is not valid UTF-8: " + MalformedUtf8Exception.what(offset))
        .at(line, column).cause(new MalformedUtf8Exception(offset)).build();
  }

  /**
   * A reader of UTF-8 bytes that fails with {@link MalformedUtf8Exception} at the first malformed
   * byte. It reads ahead in blocks, so wrap it in no further buffer; as the JDK's readers, it never
   * splits a surrogate pair between two reads that could hold it. Closing it closes {@code in}.
   *
   * @param in the bytes to read; not closed
   * @return a reader of UTF-8 bytes that fails with {@link MalformedUtf8Exception} at the first malformed byte
   */
  public static Reader reader(InputStream in) {
    return new Utf8Reader(Objects.requireNonNull(in, "in"));
  }

  /** Bytes that are not UTF-8, with the offset (counted from 0) of the first of them. */
  public static final class MalformedUtf8Exception extends CharacterCodingException {
    private static final long serialVersionUID = 1L;

    /** The offset of the first malformed byte, counted from 0. */
    private final long byteOffset;

    MalformedUtf8Exception(long byteOffset) {
      this.byteOffset = byteOffset;
    }

    /** {@return where the malformed bytes start in the input, counted from 0} */
    public long byteOffset() {
      return byteOffset;
    }

    @Override
    public String getMessage() {
      return "the input is not valid UTF-8: " + what(byteOffset);
    }

    static String what(long offset) {
      return "the byte at offset " + offset + " (counted from 0) does not begin a UTF-8 character";
    }
  }

  private static CharsetDecoder decoder() {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static final class Utf8Reader extends Reader {
    private final InputStream in;
    private final CharsetDecoder decoder = decoder();
    /** Bytes read but not yet decoded, ready to be read from. */
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
    /** Characters decoded but not yet handed out, ready to be read from. */
    private final CharBuffer chars = CharBuffer.allocate(BUFFER).flip();
    /** How many bytes were decoded before {@link #bytes}' position. */
    private long decoded;
    private boolean endOfInput;
    private boolean done;

    Utf8Reader(InputStream in) {
      this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      Objects.checkFromIndexSize(offset, length, buffer.length);
      if (length == 0) {
        return 0;
      }
      if (!chars.hasRemaining() && !decodeMore()) {
        return -1;
      }
      int n = Math.min(length, chars.remaining());
      // Like the JDK's readers, never end a read between the two halves of a surrogate pair when
      // the caller has room for both: some parsers (SnakeYAML's) assume so.
      if (n > 1 && n < chars.remaining() && Character.isHighSurrogate(chars.get(chars.position() + n - 1))) {
        n--;
      }
      chars.get(buffer, offset, n);
      return n;
    }

    /** Refills {@link #chars} with at least one character; false at the end of the input. */
    private boolean decodeMore() throws IOException {
      if (done) {
        return false;
      }
      chars.clear();
      try {
        while (chars.position() == 0) {
          int before = bytes.position();
          CoderResult result = decoder.decode(bytes, chars, endOfInput);
          decoded += bytes.position() - before;
          if (result.isError()) {
            throw new MalformedUtf8Exception(decoded);
          }
          if (result.isOverflow()) {
            break;
          }
          if (endOfInput) {
            decoder.flush(chars);
            done = true;
            break;
          }
          fill();
        }
      } finally {
        chars.flip();
      }
      return chars.hasRemaining();
    }

    /** Reads more bytes after those not yet decoded. */
    private void fill() throws IOException {
      bytes.compact();
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (n < 0) {
        endOfInput = true;
      } else {
        bytes.position(bytes.position() + n);
      }
      bytes.flip();
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
