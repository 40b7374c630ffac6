package org.policynarrative.html.internal;

import gg.jte.TemplateOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * The templates' output as UTF-8 into a stream, through one reusable buffer. The templates are
 * generated with binary static content: their fixed text arrives already encoded and is copied;
 * only the narrative's strings are encoded, ASCII a char at a time, each control character as its
 * control picture ({@link DisplayText}), in the same pass. Measured against jte's
 * {@code WriterOutput} over a buffered {@code OutputStreamWriter}, this roughly halved the time of
 * writing a 10,000-claim report (a call through a Writer and a CharsetEncoder per fragment, many
 * fragments per claim). A lone surrogate is written as {@code ?}, as Java's encoder writes it.
 */
final class Utf8StreamOutput implements TemplateOutput {

  private static final int SIZE = 1 << 16;
  private static final int CHUNK = 1 << 12;

  private final OutputStream out;
  private final byte[] buffer = new byte[SIZE];
  private final char[] chars = new char[CHUNK];
  private int used;
  /** True when a surrogate pair was encoded whole across two chunks, so that its low half is skipped. */
  private boolean pendingLow;

  Utf8StreamOutput(OutputStream out) {
    this.out = out;
  }

  @Override
  public void writeContent(String value) {
    writeContent(value, 0, value.length());
  }

  @Override
  public void writeContent(String value, int beginIndex, int endIndex) {
    // Copied out a chunk at a time: a loop over a char array runs several times faster than charAt.
    for (int from = beginIndex; from < endIndex; from += CHUNK) {
      int to = Math.min(endIndex, from + CHUNK);
      value.getChars(from, to, chars, 0);
      encode(to - from, to < endIndex ? value.charAt(to) : 0);
    }
  }

  /** Encodes {@code chars[0..length)}; {@code next} is the char after them (0 at the end), for a pair cut in two. */
  private void encode(int length, char next) {
    char[] chars = this.chars;
    byte[] buffer = this.buffer;
    int used = this.used;
    for (int i = 0; i < length; i++) {
      if (SIZE - used < 4) {
        this.used = used;
        drain();
        used = 0;
      }
      char c = chars[i];
      if (c < 0x80 && c >= 0x20 && c != 0x7f || c == '\n' || c == '\t' || c == '\r') {
        buffer[used++] = (byte) c;
      } else if (c < 0x80) {
        char picture = DisplayText.picture(c); // U+2400 to U+2421: three bytes
        buffer[used++] = (byte) (0xe0 | picture >> 12);
        buffer[used++] = (byte) (0x80 | picture >> 6 & 0x3f);
        buffer[used++] = (byte) (0x80 | picture & 0x3f);
      } else if (c < 0x800) {
        buffer[used++] = (byte) (0xc0 | c >> 6);
        buffer[used++] = (byte) (0x80 | c & 0x3f);
      } else if (Character.isHighSurrogate(c)) {
        char low = i + 1 < length ? chars[i + 1] : next;
        if (Character.isLowSurrogate(low)) {
          int cp = Character.toCodePoint(c, low);
          buffer[used++] = (byte) (0xf0 | cp >> 18);
          buffer[used++] = (byte) (0x80 | cp >> 12 & 0x3f);
          buffer[used++] = (byte) (0x80 | cp >> 6 & 0x3f);
          buffer[used++] = (byte) (0x80 | cp & 0x3f);
          i++;
          pendingLow = i == length; // the low half was the next chunk's first char: skip it there
        } else {
          buffer[used++] = '?';
        }
      } else if (Character.isLowSurrogate(c)) {
        if (pendingLow && i == 0) {
          pendingLow = false;
        } else {
          buffer[used++] = '?';
        }
      } else {
        buffer[used++] = (byte) (0xe0 | c >> 12);
        buffer[used++] = (byte) (0x80 | c >> 6 & 0x3f);
        buffer[used++] = (byte) (0x80 | c & 0x3f);
      }
    }
    this.used = used;
  }

  @Override
  public void writeBinaryContent(byte[] value) {
    if (value.length > SIZE - used) {
      drain();
      if (value.length > SIZE) {
        write(value, value.length);
        return;
      }
    }
    System.arraycopy(value, 0, buffer, used, value.length);
    used += value.length;
  }

  /** Writes what is buffered to the stream and flushes it. */
  void flush() throws IOException {
    out.write(buffer, 0, used);
    used = 0;
    out.flush();
  }

  private void drain() {
    write(buffer, used);
    used = 0;
  }

  private void write(byte[] bytes, int length) {
    try {
      out.write(bytes, 0, length);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
