package org.policynarrative.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policynarrative.core.spi.NarrativeFormatException;

class Utf8ErrorsTest {

  private static byte[] bytes(String before, int... bad) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
    for (int b : bad) {
      out.write(b);
    }
    out.writeBytes("tail".getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  @Test
  void validUtf8HasNoMalformedBytes() {
    assertThat(Utf8Errors.find("Juche 42 (1953) — 주체 😀\r\n".getBytes(StandardCharsets.UTF_8))).isEmpty();
  }

  /** Lines end at \n, \r\n or \r; columns count code points, so 😀 (two UTF-16 chars, four bytes) is one. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ab|1|3",
      "a\\nb|2|2",
      "a\\r\\nb|2|2",
      "a\\rb|2|2",
      "a\\n\\nb|3|2",
      "😀x|1|3",
      "주체|1|3"})
  void theFirstMalformedByteIsFoundWithLineAndColumn(String escaped, int line, int column) {
    String before = escaped.replace("\\n", "\n").replace("\\r", "\r");
    byte[] input = bytes(before, 0xFF);
    Utf8Errors.Malformed found = Utf8Errors.find(input).orElseThrow();
    assertThat(found).isEqualTo(new Utf8Errors.Malformed(before.getBytes(StandardCharsets.UTF_8).length, line, column,
        "0xFF"));
  }

  @Test
  void aTruncatedSequenceIsReportedWhole() {
    Utf8Errors.Malformed found = Utf8Errors.find(bytes("x", 0xE2, 0x82)).orElseThrow();
    assertThat(found.offset()).isEqualTo(1);
    assertThat(found.bytes()).isEqualTo("0xE2 0x82");
    assertThat(Utf8Errors.describe(found)).isEqualTo("the input is not valid UTF-8: bytes 0xE2 0x82 at byte offset 1"
        + " (line 1, column 2) cannot be decoded; save the file as UTF-8");
  }

  @Test
  void aMalformedByteFarIntoALongInputIsFound() {
    String before = "line\n".repeat(10_000) + "é".repeat(5_000);
    Utf8Errors.Malformed found = Utf8Errors.find(bytes(before, 0x80)).orElseThrow();
    assertThat(found.line()).isEqualTo(10_001);
    assertThat(found.column()).isEqualTo(5_001);
    assertThat(found.offset()).isEqualTo(50_000 + 10_000);
  }

  @Test
  void malformedInputIsRecognisedAnywhereInTheCauses() {
    assertThat(Utf8Errors.isMalformedInput(new MalformedInputException(1))).isTrue();
    assertThat(Utf8Errors.isMalformedInput(new NarrativeFormatException("markdown", "not UTF-8", 0, 0, null,
        new IllegalStateException(new MalformedInputException(1))))).isTrue();
    assertThat(Utf8Errors.isMalformedInput(new NarrativeFormatException("json", "bad"))).isFalse();
  }
}
