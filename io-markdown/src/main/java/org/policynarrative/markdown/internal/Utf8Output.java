package org.policynarrative.markdown.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;

/**
 * Writes the document to an {@link OutputStream} as UTF-8, encoding as
 * {@link String#getBytes(Charset)} does (an unpaired surrogate, which escaped
 * values never hold, becomes '?').
 */
final class Utf8Output extends MarkdownOutput {
  private final OutputStream out;
  private byte[] bytes;

  Utf8Output(OutputStream out) {
    this(out, CAPACITY);
  }

  Utf8Output(OutputStream out, int capacity) {
    super(capacity);
    this.out = out;
    this.bytes = new byte[3 * capacity];
  }

  @Override
  void emit(char[] chars, int n) throws IOException {
    if (bytes.length < 3 * n) {
      bytes = new byte[3 * n];
    }
    byte[] b = bytes;
    int k = 0;
    for (int i = 0; i < n; i++) {
      char c = chars[i];
      if (c < 0x80) {
        b[k++] = (byte) c;
      } else if (c < 0x800) {
        b[k++] = (byte) (0xC0 | c >> 6);
        b[k++] = (byte) (0x80 | (c & 0x3F));
      } else if (!Character.isSurrogate(c)) {
        b[k++] = (byte) (0xE0 | c >> 12);
        b[k++] = (byte) (0x80 | (c >> 6 & 0x3F));
        b[k++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(chars[i + 1])) {
        int cp = Character.toCodePoint(c, chars[++i]);
        b[k++] = (byte) (0xF0 | cp >> 18);
        b[k++] = (byte) (0x80 | (cp >> 12 & 0x3F));
        b[k++] = (byte) (0x80 | (cp >> 6 & 0x3F));
        b[k++] = (byte) (0x80 | (cp & 0x3F));
      } else {
        b[k++] = '?';
      }
    }
    out.write(b, 0, k);
  }
}
