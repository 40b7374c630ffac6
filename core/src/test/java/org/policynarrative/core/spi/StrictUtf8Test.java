package org.policynarrative.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.policynarrative.core.spi.StrictUtf8.MalformedUtf8Exception;

/** Strict UTF-8: the same text as the JDK's decoders for valid input, the place of the first bad byte otherwise. */
class StrictUtf8Test {

  /** Strings of all kinds (surrogate pairs, U+FFFD itself), and byte arrays that are mostly, not always, UTF-8. */
  @Provide
  Arbitrary<byte[]> mostlyUtf8() {
    Arbitrary<byte[]> text = Arbitraries.strings().all().ofMaxLength(20_000).map(s -> s.getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> broken = text.flatMap(bytes -> Arbitraries.integers().between(0, Math.max(0, bytes.length))
        .flatMap(at -> Arbitraries.of((byte) 0x80, (byte) 0xC3, (byte) 0xFF, (byte) 0xED).map(b -> insert(bytes, at, b))));
    return Arbitraries.oneOf(text, broken);
  }

  private static byte[] insert(byte[] bytes, int at, byte b) {
    byte[] result = new byte[bytes.length + 1];
    System.arraycopy(bytes, 0, result, 0, at);
    result[at] = b;
    System.arraycopy(bytes, at, result, at + 1, bytes.length - at);
    return result;
  }

  @Property(tries = 300)
  void theReaderGivesTheJdksTextOrFailsWhereTheJdkDecoderFails(@ForAll("mostlyUtf8") byte[] bytes) throws IOException {
    String expected;
    try {
      expected = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      expected = null;
    }
    String strict;
    long failedAt = -1;
    try (Reader in = StrictUtf8.reader(new OneByteAtATime(bytes))) {
      strict = readAll(in);
    } catch (MalformedUtf8Exception e) {
      strict = null;
      failedAt = e.byteOffset();
    }
    assertThat(strict).isEqualTo(expected);
    if (expected == null) {
      assertThat(failedAt).isEqualTo(firstMalformed(bytes));
      assertThatThrownBy(() -> StrictUtf8.decode(bytes, "test"))
          .isInstanceOfSatisfying(NarrativeFormatException.class, e ->
              assertThat(e.problem()).contains("not valid UTF-8", "offset " + firstMalformed(bytes) + " "));
    } else {
      assertThat(StrictUtf8.decode(bytes, "test")).isEqualTo(expected);
      try (Reader in = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
        assertThat(readAll(in)).isEqualTo(expected);
      }
    }
  }

  @Test
  void theDecodedErrorIsAtTheLineAndColumnOfTheBadByte() {
    byte[] bytes = "ab\nc\u00e9\u00e9".getBytes(StandardCharsets.UTF_8);
    byte[] broken = insert(bytes, bytes.length, (byte) 0xC3);

    assertThatThrownBy(() -> StrictUtf8.decode(broken, "markdown"))
        .isInstanceOfSatisfying(NarrativeFormatException.class, e -> {
          assertThat(e.format()).isEqualTo("markdown");
          assertThat(e.line()).hasValue(2);
          assertThat(e.column()).hasValue(4);
          assertThat(e.problem()).isEqualTo("the input is not valid UTF-8: the byte at offset 8 (counted from 0) "
              + "does not begin a UTF-8 character");
        });
  }

  @Test
  void aSurrogatePairIsNeverSplitBetweenReadsThatCouldHoldIt() throws IOException {
    for (int padding = 0; padding < 20; padding++) {
      String text = "a".repeat(padding) + "\ud83d\ude00".repeat(30);
      try (Reader in = StrictUtf8.reader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
        char[] buffer = new char[7];
        StringBuilder read = new StringBuilder();
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          assertThat(Character.isHighSurrogate(buffer[n - 1])).as("read ending at %d", read.length() + n).isFalse();
          read.append(buffer, 0, n);
        }
        assertThat(read.toString()).isEqualTo(text);
      }
    }
  }

  @Test
  void aReplacementCharacterInTheInputIsText() {
    assertThat(StrictUtf8.decode("a\uFFFDb".getBytes(StandardCharsets.UTF_8), "x")).isEqualTo("a\uFFFDb");
  }

  @Test
  void aTruncatedLastCharacterIsMalformed() {
    byte[] bytes = {'a', (byte) 0xE2, (byte) 0x82};
    assertThatThrownBy(() -> readAll(StrictUtf8.reader(new ByteArrayInputStream(bytes))))
        .isInstanceOfSatisfying(MalformedUtf8Exception.class, e -> assertThat(e.byteOffset()).isEqualTo(1));
  }

  private static long firstMalformed(byte[] bytes) {
    java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
    StandardCharsets.UTF_8.newDecoder().decode(in, java.nio.CharBuffer.allocate(bytes.length + 1), true);
    return in.position();
  }

  private static String readAll(Reader in) throws IOException {
    StringBuilder out = new StringBuilder();
    char[] buffer = new char[3];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      out.append(buffer, 0, n);
    }
    return out.toString();
  }

  /** Hands out one byte per read, so characters are split across reads. */
  private static final class OneByteAtATime extends InputStream {
    private final byte[] bytes;
    private int next;

    OneByteAtATime(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public int read() {
      return next < bytes.length ? bytes[next++] & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (len == 0) {
        return 0;
      }
      int c = read();
      if (c < 0) {
        return -1;
      }
      b[off] = (byte) c;
      return 1;
    }
  }
}
