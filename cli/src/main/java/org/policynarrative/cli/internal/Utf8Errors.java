package org.policynarrative.cli.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Where input stops being UTF-8. A format's reader reports malformed bytes through the JDK's
 * decoder, which knows neither the offset nor the line; the tool decodes the bytes again to tell the
 * user where to look.
 */
final class Utf8Errors {

  /**
   * The first bytes that are not UTF-8.
   *
   * @param offset 0-based byte offset of the first malformed byte
   * @param line 1-based line of it
   * @param column 1-based column of it, in characters
   * @param bytes the malformed bytes, in hexadecimal, such as {@code 0xFF} or {@code 0xE2 0x82}
   */
  record Malformed(long offset, int line, int column, String bytes) {}

  private Utf8Errors() {}

  /** True when the failure came from bytes a strict UTF-8 decoder rejected. */
  static boolean isMalformedInput(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof CharacterCodingException) {
        return true;
      }
    }
    return false;
  }

  /** The first malformed sequence in {@code input}, or empty when it is all UTF-8. */
  static Optional<Malformed> find(byte[] input) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(input);
    CharBuffer out = CharBuffer.allocate(8192);
    int line = 1;
    int column = 1;
    boolean afterCarriageReturn = false;
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      out.flip();
      while (out.hasRemaining()) {
        char c = out.get();
        if (c == '\n' && afterCarriageReturn) {
          afterCarriageReturn = false;      // the second half of \r\n ends no further line
        } else if (c == '\n' || c == '\r') {
          line++;
          column = 1;
          afterCarriageReturn = c == '\r';
        } else {
          afterCarriageReturn = false;
          if (!Character.isLowSurrogate(c)) {   // a code point outside the BMP is one column
            column++;
          }
        }
      }
      out.clear();
      if (result.isError()) {
        int start = in.position();
        StringBuilder bytes = new StringBuilder();
        for (int i = 0; i < result.length(); i++) {
          bytes.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "0x%02X", input[start + i] & 0xFF));
        }
        return Optional.of(new Malformed(start, line, column, bytes.toString()));
      }
      if (result.isUnderflow()) {
        return Optional.empty();
      }
    }
  }

  /** What to tell the user: which bytes, where, and what to do. */
  static String describe(Malformed malformed) {
    return "the input is not valid UTF-8: byte" + (malformed.bytes().contains(" ") ? "s " : " ")
        + malformed.bytes() + " at byte offset " + malformed.offset() + " (line " + malformed.line() + ", column "
        + malformed.column() + ") cannot be decoded; save the file as UTF-8";
  }
}
